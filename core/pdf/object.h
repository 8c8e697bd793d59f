#pragma once

#include <QByteArray>

#include <memory>
#include <optional>
#include <vector>

namespace sic::pdf {

// An indirect reference "num gen R".
struct Ref
{
    int num = 0;
    int gen = 0;
    friend auto operator<=>(const Ref &, const Ref &) = default;
};

struct DictEntry;

// One PDF object as parsed or as built for writing. Values are small: the streams the signer
// touches are read separately and never held here.
struct Object
{
    enum class Type
    {
        Null,
        Bool,
        Int,
        Real,
        String,
        Name,
        Array,
        Dict,
        Ref,
        Stream
    };
    Type type = Type::Null;
    bool boolean = false;
    qint64 integer = 0;
    QByteArray bytes; // string bytes, name (without '/'), or the real number's text
    bool hex = false; // string was/should be written as <hex>
    Ref ref;
    std::vector<Object> array;
    std::vector<DictEntry> dict; // also the stream dictionary
    qint64 streamOffset = -1;    // file (or buffer) offset of the first stream data byte

    // Defined after DictEntry: building an Object needs its vector<DictEntry> complete (clang insists).
    static Object null();
    static Object makeBool(bool b);
    static Object makeInt(qint64 v);
    static Object makeName(QByteArray n);
    static Object makeString(QByteArray s, bool hex = false);
    static Object makeRef(Ref r);
    static Object makeArray();
    static Object makeArray(std::vector<Object> items);
    static Object makeDict();
    // A PDF text string: PDFDocEncoding-safe ASCII as is, anything else UTF-16BE with BOM.
    static Object makeText(const QString &text);

    bool isNull() const { return type == Type::Null; }
    bool isInt() const { return type == Type::Int; }
    bool isName(QByteArrayView n = {}) const { return type == Type::Name && (n.isNull() || bytes == n); }
    bool isDict() const { return type == Type::Dict || type == Type::Stream; }
    bool isArray() const { return type == Type::Array; }
    bool isRef() const { return type == Type::Ref; }
    bool isString() const { return type == Type::String; }

    // Dictionary access (dicts and stream dicts); a missing key is Null.
    const Object &get(QByteArrayView key) const;
    bool has(QByteArrayView key) const;
    void set(QByteArrayView key, Object value);
    void remove(QByteArrayView key);

    // PDF syntax for the object (streams: their dictionary only).
    QByteArray serialize() const;
};

struct DictEntry
{
    QByteArray key;
    Object value;
};

inline Object Object::null()
{
    return {};
}

inline Object Object::makeArray()
{
    return makeArray(std::vector<Object>{});
}

// Decodes a PDF text string (UTF-16BE with BOM, UTF-8 with BOM, else PDFDocEncoding ~ Latin-1).
QString textString(const QByteArray &bytes);

} // namespace sic::pdf
