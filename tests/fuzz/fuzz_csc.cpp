// libFuzzer target: what a CSC service answers, on arbitrary bytes: the JSON of credentials/info
// (v1 and v2 shapes) and of error answers (mapped to sic errors).

#include "csc/credential.h"
#include "csc/cscerror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        (void)sic::csc::parseCredentialInfo(QStringLiteral("fuzz"), doc.object(), 1);
        (void)sic::csc::parseCredentialInfo(QStringLiteral("fuzz"), doc.object(), 2);
    }
    for (int status : {400, 401, 429, 500})
        (void)sic::csc::mapHttpError(QStringLiteral("credentials/info"), status, bytes);
    return 0;
}
