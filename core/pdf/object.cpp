#include "pdf/object.h"

#include <QString>

namespace sic::pdf {

namespace {

const Object kNull;

bool isRegular(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 32 || u >= 127)
        return false;
    return !QByteArrayView("()<>[]{}/%#").contains(c);
}

QByteArray serializeName(const QByteArray &name)
{
    QByteArray out = "/";
    for (char c : name) {
        if (isRegular(c))
            out += c;
        else
            out +=
                '#' + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0').toUpper();
    }
    return out;
}

QByteArray serializeString(const QByteArray &s, bool hex)
{
    bool printable = !hex;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 32 || u >= 127)
            printable = false;
    }
    if (!printable)
        return '<' + s.toHex().toUpper() + '>';
    QByteArray out = "(";
    for (char c : s) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + ')';
}

} // namespace

Object Object::makeBool(bool b)
{
    Object o;
    o.type = Type::Bool;
    o.boolean = b;
    return o;
}

Object Object::makeInt(qint64 v)
{
    Object o;
    o.type = Type::Int;
    o.integer = v;
    return o;
}

Object Object::makeName(QByteArray n)
{
    Object o;
    o.type = Type::Name;
    o.bytes = std::move(n);
    return o;
}

Object Object::makeString(QByteArray s, bool hex)
{
    Object o;
    o.type = Type::String;
    o.bytes = std::move(s);
    o.hex = hex;
    return o;
}

Object Object::makeRef(Ref r)
{
    Object o;
    o.type = Type::Ref;
    o.ref = r;
    return o;
}

Object Object::makeArray(std::vector<Object> items)
{
    Object o;
    o.type = Type::Array;
    o.array = std::move(items);
    return o;
}

Object Object::makeDict()
{
    Object o;
    o.type = Type::Dict;
    return o;
}

Object Object::makeText(const QString &text)
{
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() < 32 || c.unicode() >= 127)
            ascii = false;
    }
    if (ascii)
        return makeString(text.toLatin1());
    QByteArray utf16("\xFE\xFF", 2);
    for (QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xFF);
    }
    return makeString(utf16, true);
}

const Object &Object::get(QByteArrayView key) const
{
    for (const auto &e : dict) {
        if (e.key == key)
            return e.value;
    }
    return kNull;
}

bool Object::has(QByteArrayView key) const
{
    for (const auto &e : dict) {
        if (e.key == key)
            return true;
    }
    return false;
}

void Object::set(QByteArrayView key, Object value)
{
    for (auto &e : dict) {
        if (e.key == key) {
            e.value = std::move(value);
            return;
        }
    }
    dict.push_back(DictEntry{key.toByteArray(), std::move(value)});
}

void Object::remove(QByteArrayView key)
{
    std::erase_if(dict, [&](const DictEntry &e) { return e.key == key; });
}

QByteArray Object::serialize() const
{
    switch (type) {
    case Type::Null:
        return "null";
    case Type::Bool:
        return boolean ? "true" : "false";
    case Type::Int:
        return QByteArray::number(integer);
    case Type::Real:
        return bytes;
    case Type::String:
        return serializeString(bytes, hex);
    case Type::Name:
        return serializeName(bytes);
    case Type::Ref:
        return QByteArray::number(ref.num) + ' ' + QByteArray::number(ref.gen) + " R";
    case Type::Array: {
        QByteArray out = "[";
        for (size_t i = 0; i < array.size(); ++i) {
            if (i)
                out += ' ';
            out += array[i].serialize();
        }
        return out + ']';
    }
    case Type::Dict:
    case Type::Stream: {
        QByteArray out = "<<";
        for (const auto &e : dict)
            out += serializeName(e.key) + ' ' + e.value.serialize();
        return out + ">>";
    }
    }
    return "null";
}

QString textString(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFE\xFF")) {
        QString s;
        for (qsizetype i = 2; i + 1 < bytes.size(); i += 2)
            s += QChar(char16_t((uchar(bytes[i]) << 8) | uchar(bytes[i + 1])));
        return s;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    return QString::fromLatin1(bytes);
}

} // namespace sic::pdf
