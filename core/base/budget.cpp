#include "base/budget.h"

namespace sic {

std::optional<qint64> parseBoundedInt(QStringView text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

Budget Budget::forFile(qint64 fileSize, BudgetLimits limits)
{
    const qint64 size = std::max<qint64>(0, fileSize);
    const auto scaled = [](qint64 base, qint64 extra) {
        return checkedAdd(base, extra).value_or(std::numeric_limits<qint64>::max());
    };
    limits.decodedBytes = scaled(limits.decodedBytes, checkedMul(size, 4).value_or(size));
    limits.parsedBytes = scaled(limits.parsedBytes, checkedMul(size, 4).value_or(size));
    limits.objects = scaled(limits.objects, size / 16);
    return Budget(limits);
}

Error Budget::exceededError(const QString &detail)
{
    return Error{QStringLiteral("input.budget_exceeded"),
                 Tr::tr("This file needs more work than a signature check should: it may be built to exhaust "
                        "the verifier."),
                 detail};
}

std::unexpected<Error> Budget::fail(const QString &detail)
{
    return std::unexpected<Error>(exceededError(detail));
}

Error Budget::error() const
{
    return m_exceeded ? *m_exceeded : exceededError(QStringLiteral("work budget exceeded"));
}

Result<void> Budget::spend(qint64 &counter, qint64 amount, qint64 limit, const char *what)
{
    if (m_exceeded)
        return std::unexpected(*m_exceeded);
    const auto total = checkedAdd(counter, std::max<qint64>(0, amount));
    if (!total || *total > limit) {
        m_exceeded = exceededError(
            QStringLiteral("more than %1 %2 for one document").arg(limit).arg(QString::fromLatin1(what)));
        return std::unexpected(*m_exceeded);
    }
    counter = *total;
    return {};
}

} // namespace sic
