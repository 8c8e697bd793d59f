// sic-devrssp: the development RSSP (test and demo infrastructure, never installed).
// See docs/devrssp.md.

#include "audit.h"
#include "serve.h"
#include "service.h"
#include "state.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QStringList>

#include <cstdio>

using namespace rssp;

namespace {

const char *kUsage =
    "usage:\n"
    "  sic-devrssp init --state DIR [--pki PKIDIR]\n"
    "  sic-devrssp serve --state DIR [--port N] [--ready-file F] [--sad-lifetime S] [--test-hooks]\n"
    "                    [--quirks NAME,...]\n"
    "                             [--pki-port N]   (also serves /ocsp and /crl over plain HTTP)\n"
    "  sic-devrssp user add --state DIR --user U --password P --pin N [--display-name NAME]\n"
    "  sic-devrssp credential add --state DIR --user U --id ID --key rsa2048|rsa3072|p256|p384\n"
    "                             [--otp totp|oob] [--mode explicit|oauth2code] [--multisign N]\n"
    "  sic-devrssp unlock --state DIR --credential ID\n"
    "  sic-devrssp list --state DIR\n"
    "  sic-devrssp audit-verify --state DIR\n";

int usage(const QString &why)
{
    std::fprintf(stderr, "sic-devrssp: %s\n%s", qPrintable(why), kUsage);
    return 2;
}

int printJson(const QJsonObject &o)
{
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}

int failWith(const sic::Error &e)
{
    std::fprintf(stderr, "sic-devrssp: %s\n", qPrintable(e.toString()));
    return 1;
}

struct Args
{
    QHash<QString, QString> values;
    QStringList flags;
    QString error;
    QString get(const char *name, const QString &def = {}) const
    {
        return values.value(QLatin1String(name), def);
    }
};

Args parse(const QStringList &list, const QStringList &allowedValues, const QStringList &allowedFlags)
{
    Args a;
    for (int i = 0; i < list.size(); ++i) {
        const QString key = list[i].startsWith(u"--") ? list[i].mid(2) : QString();
        if (allowedFlags.contains(key)) {
            a.flags << key;
        } else if (allowedValues.contains(key) && i + 1 < list.size()) {
            a.values.insert(key, list[++i]);
        } else {
            a.error = QStringLiteral("unexpected argument: %1").arg(list[i]);
            return a;
        }
    }
    return a;
}

template <typename Fn>
int withState(const Args &a, Fn fn)
{
    if (a.get("state").isEmpty())
        return usage(QStringLiteral("--state is required"));
    auto state = State::open(a.get("state"));
    if (!state)
        return failWith(state.error());
    return fn(**state);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usage(QStringLiteral("missing command"));
    QString cmd = args.takeFirst();
    if ((cmd == u"user" || cmd == u"credential") && !args.isEmpty() && args.first() == u"add")
        cmd += QStringLiteral(" ") + args.takeFirst();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (cmd == u"init") {
        const Args a = parse(args, {QStringLiteral("state"), QStringLiteral("pki")}, {});
        if (!a.error.isEmpty() || a.get("state").isEmpty())
            return usage(a.error.isEmpty() ? QStringLiteral("--state is required") : a.error);
        auto r = State::init(a.get("state"), a.get("pki"));
        return r ? printJson(*r) : failWith(r.error());
    }
    if (cmd == u"serve") {
        const Args a =
            parse(args,
                  {QStringLiteral("state"), QStringLiteral("port"), QStringLiteral("ready-file"),
                   QStringLiteral("sad-lifetime"), QStringLiteral("pki-port"), QStringLiteral("quirks")},
                  {QStringLiteral("test-hooks")});
        if (!a.error.isEmpty() || a.get("state").isEmpty())
            return usage(a.error.isEmpty() ? QStringLiteral("--state is required") : a.error);
        ServeOptions o;
        o.stateDir = a.get("state");
        bool okPort = true, okLife = true, okPki = true;
        o.port = a.get("port", QStringLiteral("0")).toInt(&okPort);
        o.pkiPort = a.get("pki-port", QStringLiteral("-1")).toInt(&okPki);
        o.sadLifetime = a.get("sad-lifetime", QStringLiteral("300")).toInt(&okLife);
        if (!okPort || o.port < 0 || o.port > 65535 || !okLife || o.sadLifetime <= 0 || !okPki ||
            o.pkiPort < -1 || o.pkiPort > 65535)
            return usage(QStringLiteral("bad --port, --pki-port or --sad-lifetime"));
        o.readyFile = a.get("ready-file");
        o.testHooks = a.flags.contains(QStringLiteral("test-hooks"));
        o.quirks = a.get("quirks").split(u',', Qt::SkipEmptyParts);
        for (const QString &q : std::as_const(o.quirks)) {
            if (!Service::knownQuirks().contains(q))
                return usage(QStringLiteral("unknown quirk %1 (known: %2)")
                                 .arg(q, Service::knownQuirks().join(QStringLiteral(", "))));
        }
        return runServe(o);
    }
    if (cmd == u"user add") {
        const Args a = parse(args,
                             {QStringLiteral("state"), QStringLiteral("user"), QStringLiteral("password"),
                              QStringLiteral("pin"), QStringLiteral("display-name")},
                             {});
        if (!a.error.isEmpty())
            return usage(a.error);
        return withState(a, [&](State &s) {
            auto r = s.addUser(a.get("user"), a.get("display-name"), a.get("password"), a.get("pin"), now);
            if (!r)
                return failWith(r.error());
            // the operator chose these: no need to echo them
            r->remove(QStringLiteral("password"));
            r->remove(QStringLiteral("pin"));
            return printJson(*r);
        });
    }
    if (cmd == u"credential add") {
        const Args a = parse(args,
                             {QStringLiteral("state"), QStringLiteral("user"), QStringLiteral("id"),
                              QStringLiteral("key"), QStringLiteral("otp"), QStringLiteral("mode"),
                              QStringLiteral("multisign")},
                             {});
        if (!a.error.isEmpty())
            return usage(a.error);
        const auto key = keyTypeFromName(a.get("key"));
        bool okN = true;
        const int multisign = a.get("multisign", QStringLiteral("1")).toInt(&okN);
        if (!key || !okN)
            return usage(QStringLiteral("bad --key or --multisign"));
        return withState(a, [&](State &s) {
            auto r = s.addCredential(a.get("user"), a.get("id"), *key, a.get("otp", QStringLiteral("totp")),
                                     a.get("mode", QStringLiteral("explicit")), multisign, now);
            return r ? printJson(*r) : failWith(r.error());
        });
    }
    if (cmd == u"unlock") {
        const Args a = parse(args, {QStringLiteral("state"), QStringLiteral("credential")}, {});
        if (!a.error.isEmpty())
            return usage(a.error);
        return withState(a, [&](State &s) {
            auto r = s.unlock(a.get("credential"), now);
            return r ? printJson({{QStringLiteral("unlocked"), a.get("credential")}}) : failWith(r.error());
        });
    }
    if (cmd == u"list") {
        const Args a = parse(args, {QStringLiteral("state")}, {});
        if (!a.error.isEmpty())
            return usage(a.error);
        return withState(a, [&](State &s) { return printJson(s.list()); });
    }
    if (cmd == u"audit-verify") {
        const Args a = parse(args, {QStringLiteral("state")}, {});
        if (!a.error.isEmpty() || a.get("state").isEmpty())
            return usage(a.error.isEmpty() ? QStringLiteral("--state is required") : a.error);
        const auto check = Audit::verify(a.get("state") + QStringLiteral("/audit.jsonl"));
        if (!check.ok) {
            std::fprintf(stdout, "audit: broken at %s\n", qPrintable(check.reason));
            return 1;
        }
        std::fprintf(stdout, "audit: %d records, chain intact\n", check.records);
        return 0;
    }
    return usage(QStringLiteral("unknown command: %1").arg(cmd));
}
