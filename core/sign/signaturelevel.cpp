#include "sign/signaturelevel.h"

namespace sic {

QString levelName(SignatureLevel level)
{
    switch (level) {
    case SignatureLevel::B_B:
        return QStringLiteral("B-B");
    case SignatureLevel::B_T:
        return QStringLiteral("B-T");
    case SignatureLevel::B_LT:
        return QStringLiteral("B-LT");
    case SignatureLevel::B_LTA:
        return QStringLiteral("B-LTA");
    }
    return {};
}

QList<SignatureLevel> allLevels()
{
    return {SignatureLevel::B_B, SignatureLevel::B_T, SignatureLevel::B_LT, SignatureLevel::B_LTA};
}

std::optional<SignatureLevel> parseLevel(QStringView name)
{
    for (SignatureLevel l : allLevels()) {
        if (name.compare(levelName(l), Qt::CaseInsensitive) == 0)
            return l;
    }
    return std::nullopt;
}

QString packagingName(Packaging packaging)
{
    switch (packaging) {
    case Packaging::Enveloped:
        return QStringLiteral("enveloped");
    case Packaging::Enveloping:
        return QStringLiteral("enveloping");
    case Packaging::Detached:
        return QStringLiteral("detached");
    }
    return {};
}

std::optional<Packaging> parsePackaging(QStringView name)
{
    for (Packaging p : {Packaging::Enveloped, Packaging::Enveloping, Packaging::Detached}) {
        if (name.compare(packagingName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

} // namespace sic
