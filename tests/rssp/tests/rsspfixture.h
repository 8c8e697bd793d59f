#pragma once

// Shared helpers of the sic-devrssp integration suites: one server per suite, CSC calls, and
// OpenSSL verification of returned signatures.

#include "devrssp.h"

#include "crypto/hashalgorithm.h"
#include "crypto/ossl.h"

#include <QJsonArray>
#include <QTemporaryDir>

struct SignRequest
{
    QString credential;
    QString signAlgo;
    sic::HashAlgorithm hash = sic::HashAlgorithm::Sha256;
    QByteArray pssParams; // DER RSASSA-PSS-params, empty unless RSASSA-PSS
    int version = 2;
};

inline SignRequest signReq(const QString &credential, const QString &signAlgo,
                           sic::HashAlgorithm hash = sic::HashAlgorithm::Sha256)
{
    SignRequest r;
    r.credential = credential;
    r.signAlgo = signAlgo;
    r.hash = hash;
    return r;
}

class RsspFixture
{
public:
    bool start(QString *error);
    DevRssp rssp;
    QTemporaryDir tmp;
    QString token;           // service access token of the demo user
    QStringList secretsUsed; // every secret the suite sent or received, for the audit check

    QString csc(int version) const { return version == 1 ? rssp.cscV1() : rssp.cscV2(); }
    DevRssp::Reply call(int version, const QString &method, const QJsonObject &body,
                        const QString &bearer = {});
    QString login();
    // OTP for a credential: a fresh TOTP, or for the out-of-band credential getChallenge + outbox.
    QString otpFor(const QString &credential, int version = 2);
    DevRssp::Reply authorize(const QString &credential, const QList<QByteArray> &hashes,
                             sic::HashAlgorithm alg, const QString &pin, const QString &otp, int version = 2,
                             int numSignatures = -1);
    // Authorizes with the right PIN and OTP; returns the SAD (empty on failure).
    QString authorizeOk(const QString &credential, const QList<QByteArray> &hashes,
                        sic::HashAlgorithm alg = sic::HashAlgorithm::Sha256, int version = 2);
    DevRssp::Reply signHash(const SignRequest &r, const QString &sad, const QList<QByteArray> &hashes,
                            const QString &bearer = {});
    QByteArray certificateDer(const QString &credential);
    // How many of secretsUsed appear in the audit log (OTPs count as whole numbers only, not inside hex
    // hashes).
    int secretsInAuditLog();
};

QList<QByteArray> someHashes(sic::HashAlgorithm alg, int n, const QByteArray &salt = "x");
QJsonArray b64Array(const QList<QByteArray> &items);
QList<QByteArray> fromB64Array(const QJsonValue &v);
// Verifies a signature value over a pre-computed hash with the certificate's public key.
bool verifySignature(const QByteArray &certDer, const SignRequest &r, const QByteArray &hash,
                     const QByteArray &sig, QString *why);
QByteArray pssParamsDer(sic::HashAlgorithm alg, int saltLength);
// Runs a program; returns exit code (-1 if it did not run), stdout+stderr in *out.
int runProgram(const QString &program, const QStringList &args, QByteArray *out);
