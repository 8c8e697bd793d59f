#pragma once

#include "base/error.h"
#include "pdf/object.h"
#include "pdf/source.h"

namespace sic::pdf {

// Errors every pdf module reports for files it cannot understand.
std::unexpected<Error> malformed(QString detail);

struct Token
{
    enum class Kind
    {
        End,
        Int,
        Real,
        Name,
        String,
        HexString,
        ArrayOpen,
        ArrayClose,
        DictOpen,
        DictClose,
        Keyword
    };
    Kind kind = Kind::End;
    QByteArray text;  // decoded bytes for strings and names; raw text otherwise
    qint64 start = 0; // offset of the first byte of the token
};

// The PDF tokenizer and object parser over a Source. Nesting depth and string lengths are
// bounded so that a hostile file cannot exhaust memory or the stack.
class Parser
{
public:
    explicit Parser(Source &source, qint64 pos = 0) : m_src(source), m_pos(pos) {}

    qint64 pos() const { return m_pos; }
    void seek(qint64 pos) { m_pos = pos; }

    Result<Token> next();
    Result<Object> parseObject(int depth = 0);
    // "num gen obj <object>" at the current position; streams get streamOffset set to the first
    // data byte (their length is for the caller to resolve).
    Result<Object> parseIndirect(Ref expected);
    Result<qint64> expectInt();
    Result<void> expectKeyword(QByteArrayView kw);

private:
    void skipWhitespace();
    Result<Token> literalString(qint64 start);
    Result<Token> hexString(qint64 start);

    Source &m_src;
    qint64 m_pos;
};

bool isWhitespace(int c);
bool isDelimiter(int c);

} // namespace sic::pdf
