#include "pdf/parser.h"

namespace sic::pdf {

namespace {
constexpr int kMaxDepth = 64;
constexpr qint64 kMaxTokenBytes = 16 * 1024 * 1024;

int hexValue(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

std::unexpected<Error> malformed(QString detail)
{
    return fail(
        QStringLiteral("pdf.malformed"),
        Tr::tr("The PDF file is damaged or not a PDF file and cannot be signed. Open and save it again with "
               "a PDF application, then retry."),
        std::move(detail));
}

bool isWhitespace(int c)
{
    return c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32;
}

bool isDelimiter(int c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' ||
           c == '/' || c == '%';
}

void Parser::skipWhitespace()
{
    for (;;) {
        const int c = m_src.at(m_pos);
        if (c < 0)
            return;
        if (isWhitespace(c)) {
            ++m_pos;
        } else if (c == '%') {
            while (m_src.at(m_pos) >= 0 && m_src.at(m_pos) != '\n' && m_src.at(m_pos) != '\r')
                ++m_pos;
        } else {
            return;
        }
    }
}

Result<Token> Parser::literalString(qint64 start)
{
    QByteArray out;
    int nesting = 1;
    for (;;) {
        int c = m_src.at(m_pos++);
        if (c < 0)
            return malformed(QStringLiteral("unterminated string at %1").arg(start));
        if (out.size() > kMaxTokenBytes)
            return malformed(QStringLiteral("string too long at %1").arg(start));
        if (c == '(') {
            ++nesting;
        } else if (c == ')') {
            if (--nesting == 0)
                return Token{Token::Kind::String, out, start};
        } else if (c == '\\') {
            c = m_src.at(m_pos++);
            switch (c) {
            case 'n':
                out += '\n';
                continue;
            case 'r':
                out += '\r';
                continue;
            case 't':
                out += '\t';
                continue;
            case 'b':
                out += '\b';
                continue;
            case 'f':
                out += '\f';
                continue;
            case '\r':
                if (m_src.at(m_pos) == '\n')
                    ++m_pos;
                continue;
            case '\n':
                continue;
            default:
                break;
            }
            if (c >= '0' && c <= '7') {
                int v = c - '0';
                for (int i = 0; i < 2 && m_src.at(m_pos) >= '0' && m_src.at(m_pos) <= '7'; ++i)
                    v = v * 8 + (m_src.at(m_pos++) - '0');
                out += char(v & 0xFF);
                continue;
            }
            if (c < 0)
                return malformed(QStringLiteral("unterminated string at %1").arg(start));
        }
        out += char(c);
    }
}

Result<Token> Parser::hexString(qint64 start)
{
    QByteArray out;
    int high = -1;
    for (;;) {
        const int c = m_src.at(m_pos++);
        if (c == '>')
            break;
        if (c < 0 || out.size() > kMaxTokenBytes)
            return malformed(QStringLiteral("unterminated hex string at %1").arg(start));
        if (isWhitespace(c))
            continue;
        const int v = hexValue(c);
        if (v < 0)
            return malformed(QStringLiteral("bad hex digit at %1").arg(m_pos - 1));
        if (high < 0) {
            high = v;
        } else {
            out += char(high * 16 + v);
            high = -1;
        }
    }
    if (high >= 0)
        out += char(high * 16);
    return Token{Token::Kind::HexString, out, start};
}

Result<Token> Parser::next()
{
    skipWhitespace();
    const qint64 start = m_pos;
    const int c = m_src.at(m_pos);
    if (c < 0)
        return Token{Token::Kind::End, {}, start};
    ++m_pos;
    switch (c) {
    case '[':
        return Token{Token::Kind::ArrayOpen, "[", start};
    case ']':
        return Token{Token::Kind::ArrayClose, "]", start};
    case '(':
        return literalString(start);
    case '<':
        if (m_src.at(m_pos) == '<') {
            ++m_pos;
            return Token{Token::Kind::DictOpen, "<<", start};
        }
        return hexString(start);
    case '>':
        if (m_src.at(m_pos) == '>') {
            ++m_pos;
            return Token{Token::Kind::DictClose, ">>", start};
        }
        return malformed(QStringLiteral("stray '>' at %1").arg(start));
    case '/': {
        QByteArray name;
        for (int d = m_src.at(m_pos); d >= 0 && !isWhitespace(d) && !isDelimiter(d); d = m_src.at(m_pos)) {
            ++m_pos;
            if (d == '#' && hexValue(m_src.at(m_pos)) >= 0 && hexValue(m_src.at(m_pos + 1)) >= 0) {
                name += char(hexValue(m_src.at(m_pos)) * 16 + hexValue(m_src.at(m_pos + 1)));
                m_pos += 2;
            } else {
                name += char(d);
            }
            if (name.size() > 4096)
                return malformed(QStringLiteral("name too long at %1").arg(start));
        }
        return Token{Token::Kind::Name, name, start};
    }
    default:
        break;
    }
    if (isDelimiter(c))
        return malformed(QStringLiteral("unexpected '%1' at %2").arg(QChar(c)).arg(start));
    QByteArray text(1, char(c));
    for (int d = m_src.at(m_pos); d >= 0 && !isWhitespace(d) && !isDelimiter(d); d = m_src.at(m_pos)) {
        text += char(d);
        ++m_pos;
        if (text.size() > 256)
            return malformed(QStringLiteral("token too long at %1").arg(start));
    }
    bool isNumber = true, hasDot = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char d = text[i];
        if (d == '.' && !hasDot)
            hasDot = true;
        else if ((d == '+' || d == '-') && i == 0)
            continue;
        else if (d < '0' || d > '9')
            isNumber = false;
    }
    if (isNumber && text != "+" && text != "-" && text != ".")
        return Token{hasDot ? Token::Kind::Real : Token::Kind::Int, text, start};
    return Token{Token::Kind::Keyword, text, start};
}

Result<qint64> Parser::expectInt()
{
    auto t = next();
    if (!t)
        return std::unexpected(t.error());
    bool ok = false;
    const qint64 v = t->text.toLongLong(&ok);
    if (t->kind != Token::Kind::Int || !ok)
        return malformed(QStringLiteral("expected an integer at %1").arg(t->start));
    return v;
}

Result<void> Parser::expectKeyword(QByteArrayView kw)
{
    auto t = next();
    if (!t)
        return std::unexpected(t.error());
    if (t->kind != Token::Kind::Keyword || t->text != kw)
        return malformed(QStringLiteral("expected '%1' at %2").arg(QString::fromLatin1(kw)).arg(t->start));
    return {};
}

Result<Object> Parser::parseObject(int depth)
{
    if (depth > kMaxDepth)
        return malformed(QStringLiteral("objects nested too deeply at %1").arg(m_pos));
    auto t = next();
    if (!t)
        return std::unexpected(t.error());
    switch (t->kind) {
    case Token::Kind::End:
        return malformed(QStringLiteral("unexpected end of data"));
    case Token::Kind::Real: {
        Object o;
        o.type = Object::Type::Real;
        o.bytes = t->text;
        return o;
    }
    case Token::Kind::Int: {
        // "num gen R" needs two tokens of lookahead.
        const qint64 after = m_pos;
        auto t2 = next();
        if (t2 && t2->kind == Token::Kind::Int) {
            auto t3 = next();
            if (t3 && t3->kind == Token::Kind::Keyword && t3->text == "R")
                return Object::makeRef(Ref{int(t->text.toLongLong()), int(t2->text.toLongLong())});
        }
        m_pos = after;
        return Object::makeInt(t->text.toLongLong());
    }
    case Token::Kind::Name:
        return Object::makeName(t->text);
    case Token::Kind::String:
        return Object::makeString(t->text);
    case Token::Kind::HexString:
        return Object::makeString(t->text, true);
    case Token::Kind::ArrayOpen: {
        Object arr = Object::makeArray();
        for (;;) {
            skipWhitespace();
            if (m_src.at(m_pos) == ']') {
                ++m_pos;
                return arr;
            }
            auto item = parseObject(depth + 1);
            if (!item)
                return item;
            arr.array.push_back(std::move(*item));
        }
    }
    case Token::Kind::DictOpen: {
        Object dict = Object::makeDict();
        for (;;) {
            auto key = next();
            if (!key)
                return std::unexpected(key.error());
            if (key->kind == Token::Kind::DictClose)
                return dict;
            if (key->kind != Token::Kind::Name)
                return malformed(QStringLiteral("dictionary key expected at %1").arg(key->start));
            auto value = parseObject(depth + 1);
            if (!value)
                return value;
            if (!value->isNull())
                dict.set(key->text, std::move(*value));
        }
    }
    case Token::Kind::Keyword:
        if (t->text == "true" || t->text == "false")
            return Object::makeBool(t->text == "true");
        if (t->text == "null")
            return Object::null();
        break;
    default:
        break;
    }
    return malformed(QStringLiteral("unexpected '%1' at %2").arg(QString::fromLatin1(t->text)).arg(t->start));
}

Result<Object> Parser::parseIndirect(Ref expected)
{
    const qint64 start = m_pos;
    auto num = expectInt();
    auto gen = num ? expectInt() : num;
    if (!num || !gen || *num != expected.num || *gen != expected.gen || !expectKeyword("obj"))
        return malformed(QStringLiteral("object %1 %2 not found at offset %3 (broken cross-reference table)")
                             .arg(expected.num)
                             .arg(expected.gen)
                             .arg(start));
    auto obj = parseObject();
    if (!obj)
        return obj;
    const qint64 afterObj = m_pos;
    auto t = next();
    if (t && t->kind == Token::Kind::Keyword && t->text == "stream" && obj->type == Object::Type::Dict) {
        qint64 p = m_pos;
        if (m_src.at(p) == '\r')
            ++p;
        if (m_src.at(p) == '\n')
            ++p;
        obj->type = Object::Type::Stream;
        obj->streamOffset = p;
        return obj;
    }
    m_pos = afterObj;
    return obj;
}

} // namespace sic::pdf
