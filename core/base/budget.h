#pragma once

#include "base/error.h"

#include <QtGlobal>

#include <limits>
#include <optional>

namespace sic {

// Checked arithmetic for sizes, offsets and counts read from untrusted input: nullopt instead of
// a signed overflow (undefined behaviour that UBSan reports and that a hostile file can steer).
inline std::optional<qint64> checkedAdd(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_add_overflow(a, b, &r))
        return std::nullopt;
    return r;
}

inline std::optional<qint64> checkedMul(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_mul_overflow(a, b, &r))
        return std::nullopt;
    return r;
}

// [pos, pos + len) lies inside [0, size), computed without overflow.
inline bool rangeWithin(qint64 pos, qint64 len, qint64 size)
{
    return pos >= 0 && len >= 0 && size >= 0 && pos <= size && len <= size - pos;
}

// An integer from untrusted text in [min, max], or nullopt (no wrap, no truncation).
std::optional<qint64> parseBoundedInt(QStringView text, qint64 min, qint64 max);

// The work one verification or signing may do on one document. Each limit is generous for real
// documents (the third-party corpus, 512 MiB PDFs, 64 MiB XML pass unchanged) and tight for
// files built to exhaust the reader. docs/verify.md lists them with their reasons.
struct BudgetLimits
{
    // Decoded (inflated) stream bytes in total, plus four times the file size (Budget::forFile).
    qint64 decodedBytes = qint64(256) << 20;
    // Bytes handed to the PDF object parser in total, plus four times the file size.
    qint64 parsedBytes = qint64(256) << 20;
    // Objects read (parsed or taken from an object stream), plus one per 16 bytes of the file.
    qint64 objects = 2'000'000;
    // Decoded object streams and other decoded streams kept for reuse (least recently used go).
    qint64 streamCacheBytes = qint64(96) << 20;
    // Nodes of a tree walk (form fields, pages) and its depth.
    qint64 treeNodes = 200'000;
    int treeDepth = 64;
    // Signatures in one document, references in one XML signature, transforms in one reference.
    int signatures = 200;
    int references = 1000;
    int transforms = 16;
    // XPath: length of one expression, and the nodes an XPath filter may visit in total.
    qsizetype xpathLength = 4096;
    qint64 xpathNodes = 4'000'000;
    // Namespace declarations in one XML document.
    qint64 namespaceDeclarations = 20'000;
    // Size of one CMS signature (DER), as in a PDF /Contents or an XML SignatureValue.
    qint64 cmsBytes = qint64(16) << 20;
};

// A budget being spent. Not thread-safe: one per document being read. Once a limit is passed the
// budget stays exceeded, so that every later step fails fast with the same clear error.
class Budget
{
public:
    explicit Budget(BudgetLimits limits = {}) : m_limits(limits) {}
    // The default limits scaled to a file of `fileSize` bytes.
    static Budget forFile(qint64 fileSize, BudgetLimits limits = {});

    const BudgetLimits &limits() const { return m_limits; }

    Result<void> spendDecoded(qint64 bytes)
    {
        return spend(m_decoded, bytes, m_limits.decodedBytes, "decoded bytes");
    }
    Result<void> spendParsed(qint64 bytes)
    {
        return spend(m_parsed, bytes, m_limits.parsedBytes, "parsed bytes");
    }
    Result<void> spendObjects(qint64 n = 1) { return spend(m_objects, n, m_limits.objects, "objects"); }
    Result<void> spendNodes(qint64 n = 1) { return spend(m_nodes, n, m_limits.treeNodes, "tree nodes"); }
    Result<void> spendXPathNodes(qint64 n) { return spend(m_xpath, n, m_limits.xpathNodes, "XPath nodes"); }

    bool exceeded() const { return m_exceeded.has_value(); }
    // The error of the first limit passed (or a generic one when none was).
    Error error() const;

    // The error every reader gives when a limit is passed: the file gets a verdict of its own and
    // a batch goes on with the next file.
    static Error exceededError(const QString &detail);
    static std::unexpected<Error> fail(const QString &detail);

    qint64 decoded() const { return m_decoded; }
    qint64 parsed() const { return m_parsed; }
    qint64 objects() const { return m_objects; }

private:
    Result<void> spend(qint64 &counter, qint64 amount, qint64 limit, const char *what);

    BudgetLimits m_limits;
    qint64 m_decoded = 0, m_parsed = 0, m_objects = 0, m_nodes = 0, m_xpath = 0;
    std::optional<Error> m_exceeded;
};

} // namespace sic
