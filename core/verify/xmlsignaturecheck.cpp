#include "verify/xmlsignaturecheck.h"

#include "verify/reportwords.h"
#include "verify/xadesarchive.h"
#include "verify/xadesproperties.h"
#include "verify/xmlsignaturevalue.h"
#include "xml/xmlutil.h"

namespace sic::verify {
namespace {

using xml::kDsigNs;
using Status = ReferenceOutcome::Status;

constexpr char kManifestType[] = "http://www.w3.org/2000/09/xmldsig#Manifest";
constexpr char kCounterSignedType[] = "http://uri.etsi.org/01903#CountersignedSignature";

// The ds:SignatureValue of the signature a counter-signature sits under
// (.../ds:Signature/ds:Object/QualifyingProperties/UnsignedProperties/UnsignedSignatureProperties/CounterSignature).
xmlNode *counterSignedSignatureValue(xmlNode *counterSignature)
{
    for (xmlNode *n = counterSignature->parent; n; n = n->parent) {
        if (xml::is(n, kDsigNs, "Signature"))
            return xml::firstChild(n, kDsigNs, "SignatureValue");
    }
    return nullptr;
}

// Failures are collected, then the first in EN 319 102-1 / DSS processing order is reported:
// format, signed data existence, reference digests, signature value, XAdES structure, signing certificate.
enum class Stage
{
    Format,
    DataExistence,
    Digest,
    SignatureValue,
    Structure,
    SigningCertificate
};

struct Failures
{
    QList<std::tuple<Stage, SubIndication, QString>> list;
    void add(Stage stage, SubIndication s, const QString &reason) { list.append({stage, s, reason}); }
    void pick(SignatureEvidence &ev) const
    {
        const auto it = std::min_element(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return std::get<0>(a) < std::get<0>(b);
        });
        if (it != list.end()) {
            ev.failure = std::get<1>(*it);
            ev.failureReason = std::get<2>(*it);
        }
    }
};

void judgeReference(const ReferenceOutcome &o, Failures &f)
{
    switch (o.status) {
    case Status::Ok:
        return;
    case Status::DigestMismatch:
        f.add(Stage::Digest, SubIndication::HashFailure,
              Tr::tr("The signed data was changed after signing: reference \"%1\" does not match its digest.")
                  .arg(referenceName(o.uri)));
        return;
    case Status::NotFound:
        f.add(Stage::DataExistence, SubIndication::SignedDataNotFound,
              Tr::tr("The signed data could not be found: reference \"%1\" (%2).")
                  .arg(referenceName(o.uri), o.detail));
        return;
    case Status::Ambiguous:
        f.add(Stage::Format, SubIndication::FormatFailure,
              Tr::tr("The signature is malformed: reference \"%1\" is ambiguous (%2).")
                  .arg(referenceName(o.uri), o.detail));
        return;
    case Status::Unsupported:
    case Status::Malformed:
        break;
    }
    f.add(Stage::Format, SubIndication::FormatFailure,
          Tr::tr("The signature's reference \"%1\" cannot be processed (%2).")
              .arg(referenceName(o.uri), o.detail));
}

bool isSignedPropertiesType(const QString &type)
{
    return type.startsWith(QLatin1String("http://uri.etsi.org/01903")) &&
           type.endsWith(QLatin1String("#SignedProperties"));
}

QByteArray canonicalOf(xmlNode *n, const xml::C14nMethod &m)
{
    auto bytes = xml::canonicalizeSubtree(n, m);
    return bytes ? *bytes : QByteArray();
}

QStringList childNames(xmlNode *n)
{
    QStringList names;
    for (xmlNode *c = n ? n->children : nullptr; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            names << QString::fromUtf8(reinterpret_cast<const char *>(c->name));
    return names;
}

// Every ds:Object of the signature is either signed, the qualifying properties, or a signed
// manifest's holder. An unsigned one shaped like a signed one is a wrapping attack (a viewer may
// show it as the signed content). And an enveloped signature that signs only elements of its own
// ds:Object while the document root is something else signs part of what is shown.
void checkObjectsAccountedFor(xmlNode *sig, const QList<ReferenceOutcome> &outcomes, xmlNode *qualifying,
                              Failures &f, SignatureEvidence &ev)
{
    QList<xmlNode *> signedObjects, unsignedObjects;
    for (xmlNode *obj : xml::children(sig, kDsigNs, "Object")) {
        bool covered = qualifying && xml::isInside(qualifying, obj);
        for (const ReferenceOutcome &o : outcomes)
            covered = covered || (o.target && o.status == Status::Ok &&
                                  (xml::isInside(o.target, obj) || xml::isInside(obj, o.target)));
        (covered ? signedObjects : unsignedObjects) << obj;
    }
    for (xmlNode *fake : unsignedObjects) {
        const QStringList shape = childNames(fake);
        for (xmlNode *real : signedObjects)
            if (!shape.isEmpty() && childNames(real) == shape) {
                f.add(
                    Stage::DataExistence, SubIndication::SignedDataNotFound,
                    Tr::tr("The signature carries an unsigned object shaped like the signed one (a signature "
                           "wrapping attack): what a viewer shows may not be what was signed."));
                return;
            }
    }
    xmlNode *root = xmlDocGetRootElement(sig->doc);
    if (root == sig)
        return; // enveloping: the signature is the document
    for (xmlNode *up = sig->parent; up && up->type == XML_ELEMENT_NODE; up = up->parent)
        if (xml::is(up, kDsigNs, "Signature"))
            return; // a counter-signature signs its master, not the document
    bool rootCovered = false, insideOnly = true;
    for (const ReferenceOutcome &o : outcomes) {
        if (!o.target || o.status != Status::Ok || o.type.endsWith(QLatin1String("#SignedProperties")))
            continue;
        rootCovered = rootCovered || o.target == root;
        insideOnly = insideOnly && xml::isInside(o.target, sig);
    }
    if (!rootCovered && insideOnly && !signedObjects.isEmpty()) {
        ev.warnings << Tr::tr(
            "The signature signs only data inside itself, not the document it is in: what a "
            "viewer shows as the document is not signed.");
        ev.coverage = Tr::tr("partial: only the signature's own objects, not the document");
    }
}

// A reference to an ancestor narrowed by transforms covers an element only if the element, whole,
// is in what was digested (its canonical form, by any of the canonicalizations a transform names).
bool digestedWhole(const ReferenceOutcome &o, xmlNode *element)
{
    if (o.status != ReferenceOutcome::Status::Ok)
        return false;
    for (const xml::C14n mode : {xml::C14n::Inclusive10, xml::C14n::Inclusive11, xml::C14n::Exclusive10}) {
        const QByteArray c = canonicalOf(element, xml::C14nMethod{mode, false});
        if (!c.isEmpty() && o.data.contains(c))
            return true;
    }
    return false;
}

} // namespace

SignatureEvidence checkXmlSignature(xmlNode *sig, const ValidationContext &ctx, const DetachedData &detached)
{
    SignatureEvidence ev;
    Failures f;
    ev.id = xml::attribute(sig, "Id");
    const XadesProperties xp = readXadesProperties(sig);
    const bool counter = sig->parent && xml::localName(sig->parent) == QLatin1String("CounterSignature");
    ev.kind = xp.qualifyingProperties
                  ? (counter ? SignatureKind::XAdESCounterSignature : SignatureKind::XAdES)
                  : SignatureKind::XMLDSig;
    ev.claimedSigningTime = xp.signingTime;

    xmlNode *signedInfo = xml::firstChild(sig, kDsigNs, "SignedInfo");
    xmlNode *sigValueNode = xml::firstChild(sig, kDsigNs, "SignatureValue");
    if (!signedInfo || !sigValueNode) {
        ev.failure = SubIndication::FormatFailure;
        ev.failureReason = Tr::tr("The signature is malformed: SignedInfo or SignatureValue is missing.");
        return ev;
    }
    xmlNode *cm = xml::firstChild(signedInfo, kDsigNs, "CanonicalizationMethod");
    const auto c14n = xml::c14nFromUri(xml::attribute(cm, "Algorithm"));
    const QString methodUri =
        xml::attribute(xml::firstChild(signedInfo, kDsigNs, "SignatureMethod"), "Algorithm");
    const auto method = schemeFromXmlUri(methodUri);
    if (!c14n)
        f.add(Stage::Format, SubIndication::FormatFailure,
              Tr::tr("The signature uses an unsupported canonicalization method."));
    if (!method)
        f.add(Stage::Format, SubIndication::FormatFailure,
              Tr::tr("The signature uses an unsupported signature method (%1).").arg(methodUri));
    else {
        ev.digestAlgorithm = method->hash;
        ev.signatureAlgorithm = schemeDisplayName(*method);
    }
    const auto sigValue = xml::base64(xml::text(sigValueNode));
    if (!sigValue || sigValue->isEmpty())
        f.add(Stage::Format, SubIndication::FormatFailure,
              Tr::tr("The signature value is not valid Base64."));

    // Certificates carried by the signature: candidates for the signer and untrusted intermediates.
    for (xmlNode *data : xml::children(xml::firstChild(sig, kDsigNs, "KeyInfo"), kDsigNs, "X509Data")) {
        for (xmlNode *c : xml::children(data, kDsigNs, "X509Certificate")) {
            if (auto der = xml::base64(xml::text(c)))
                if (auto x = ossl::x509FromDer(*der))
                    ev.untrusted.push_back(std::move(x));
        }
    }
    const size_t keyInfoCount = ev.untrusted.size();
    for (xmlNode *data : xml::children(xml::firstChild(sig, kDsigNs, "KeyInfo"), kDsigNs, "X509Data")) {
        for (xmlNode *c : xml::children(data, kDsigNs, "X509Certificate")) {
            const auto der = xml::base64(xml::text(c));
            if (!der || !ossl::x509FromDer(*der))
                ev.warnings << Tr::tr("A certificate in the signature's KeyInfo cannot be read.");
        }
    }
    for (const auto &c : xp.certificateValues) {
        X509_up_ref(c.get());
        ev.untrusted.emplace_back(c.get());
    }

    QList<ReferenceOutcome> outcomes;
    bool signedPropsCovered = false;
    int dataReferences = 0;
    for (xmlNode *ref : xml::children(signedInfo, kDsigNs, "Reference")) {
        ReferenceOutcome o = processReference(ref, sig, detached);
        judgeReference(o, f);
        if (isSignedPropertiesType(o.type)) {
            // The reference may point at the SignedProperties or at an ancestor narrowed by a transform.
            if (o.target && xp.signedProperties && xml::isInside(xp.signedProperties, o.target) &&
                (o.target == xp.signedProperties || digestedWhole(o, xp.signedProperties)))
                signedPropsCovered = true;
            else if (o.target)
                f.add(
                    Stage::DataExistence, SubIndication::SignedDataNotFound,
                    Tr::tr(
                        "The signed properties the signature refers to are not its own (a signature wrapping "
                        "attack)."));
        } else if (o.type == QLatin1String(kManifestType)) {
            const bool placed = o.target && xml::is(o.target, kDsigNs, "Manifest") && o.target->parent &&
                                xml::is(o.target->parent, kDsigNs, "Object") &&
                                o.target->parent->parent == sig;
            if (o.target && !placed)
                f.add(Stage::DataExistence, SubIndication::SignedDataNotFound,
                      Tr::tr("The signed manifest is not where the signature keeps its objects (a signature "
                             "wrapping "
                             "attack)."));
            for (xmlNode *mref : xml::children(placed ? o.target : nullptr, kDsigNs, "Reference")) {
                const ReferenceOutcome m = processReference(mref, sig, detached);
                if (m.status == Status::NotFound)
                    ev.warnings
                        << Tr::tr("The manifest entry \"%1\" was not checked: its data is not available.")
                               .arg(m.uri);
                else if (m.status != Status::Ok)
                    judgeReference(m, f);
            }
            ++dataReferences;
        } else if (o.type == QLatin1String(kCounterSignedType)) {
            xmlNode *master = counterSignedSignatureValue(sig);
            if (o.target && o.target != master)
                f.add(Stage::Digest, SubIndication::HashFailure,
                      Tr::tr("The counter-signature does not sign the signature value it claims to "
                             "counter-sign."));
            ++dataReferences;
        } else if (o.status != Status::NotFound) {
            // Where the signature says the data is: a reference of Type Object points at a
            // ds:Object of this signature (DSS's XSW protection, xsw/disable-checks).
            if (o.target && o.type.endsWith(QLatin1String("#Object")) &&
                !(xml::is(o.target, kDsigNs, "Object") && o.target->parent == sig))
                f.add(Stage::DataExistence, SubIndication::SignedDataNotFound,
                      Tr::tr("A reference says it signs an object of the signature but points at an element "
                             "elsewhere in the document (a signature wrapping attack)."));
            ++dataReferences;
        }
        outcomes << o;
    }
    checkObjectsAccountedFor(sig, outcomes, xp.qualifyingProperties, f, ev);
    if (xp.qualifyingProperties) {
        if (!signedPropsCovered)
            f.add(Stage::Structure, SubIndication::SignedDataNotFound,
                  Tr::tr("The signature does not cover its own signed properties, so it is not a valid XAdES "
                         "signature."));
        if (dataReferences == 0)
            f.add(Stage::DataExistence, SubIndication::SignedDataNotFound,
                  Tr::tr("The signature does not sign any data."));
    }
    if (ev.coverage.isEmpty())
        ev.coverage = Tr::tr("%n reference(s) in the XML signature", nullptr, int(outcomes.size()));

    // The signer: named by SigningCertificate(V2) in XAdES; otherwise the KeyInfo certificate whose
    // key verifies the signature.
    const QByteArray signedInfoC14n = c14n ? canonicalOf(signedInfo, *c14n) : QByteArray();
    auto verifies = [&](X509 *cert) {
        return method && sigValue &&
               verifyXmlSignatureValue(X509_get0_pubkey(cert), *method, signedInfoC14n, *sigValue);
    };
    X509 *signer = nullptr;
    if (xp.hasSigningCertificate) {
        for (const auto &c : ev.untrusted) {
            if (!xp.signingCertDigests.isEmpty() &&
                matchesCertDigest(c.get(), xp.signingCertDigests.first())) {
                signer = c.get();
                break;
            }
        }
        if (!signer)
            f.add(
                Stage::SigningCertificate, SubIndication::NoSigningCertificateFound,
                Tr::tr("The signer's certificate could not be identified: no certificate matches the signing "
                       "certificate digest in the signed properties."));
    } else {
        for (size_t i = 0; i < keyInfoCount && !signer; ++i) {
            if (verifies(ev.untrusted[i].get()))
                signer = ev.untrusted[i].get();
        }
        if (!signer && keyInfoCount > 0)
            signer = ev.untrusted.front().get();
        if (!signer)
            f.add(Stage::SigningCertificate, SubIndication::NoSigningCertificateFound,
                  Tr::tr("The signature carries no certificate, so its signer cannot be identified."));
        else if (xp.qualifyingProperties)
            ev.warnings << Tr::tr("The signed properties do not name the signing certificate.");
    }
    if (signer) {
        X509_up_ref(signer);
        ev.signerCert.reset(signer);
    }
    // The signature value is checked with the identified signer, or else with any carried key so
    // that a broken signature is reported as such even when the signer is unknown.
    bool cryptoOk = false;
    bool keyKnown = signer || keyInfoCount > 0;
    if (signer) {
        cryptoOk = verifies(signer);
    } else {
        for (size_t i = 0; i < keyInfoCount && !cryptoOk; ++i)
            cryptoOk = verifies(ev.untrusted[i].get());
        // A bare public key (ds:KeyValue) proves integrity, not identity.
        if (!cryptoOk && method && sigValue) {
            if (ossl::PKey key = keyFromKeyValue(
                    xml::firstChild(xml::firstChild(sig, kDsigNs, "KeyInfo"), kDsigNs, "KeyValue"))) {
                keyKnown = true;
                cryptoOk = verifyXmlSignatureValue(key.get(), *method, signedInfoC14n, *sigValue);
            }
        }
    }
    if (keyKnown && method && sigValue)
        ev.signatureValid = cryptoOk;
    if (!cryptoOk && method && sigValue && keyKnown)
        f.add(Stage::SignatureValue, SubIndication::SigCryptoFailure,
              Tr::tr("The signature value does not match the signed information and the signer's key."));

    // Timestamps and validation data.
    std::vector<X509 *> extra;
    for (const auto &c : ev.untrusted)
        extra.push_back(c.get());
    bool signatureTimestampIntact = false;
    for (xmlNode *ts : xp.signatureTimeStamps) {
        const XadesTimestampToken token = readTimestampToken(ts);
        if (!token.ok) {
            ev.warnings << Tr::tr("A signature timestamp cannot be read.");
            continue;
        }
        TimestampCheck tc = checkTimestamp(token.der, digestOfBytes(canonicalOf(sigValueNode, token.c14n)),
                                           TimestampKind::Signature, *ctx.trust, extra);
        signatureTimestampIntact = signatureTimestampIntact || (tc.info.intact && tc.info.signatureValid);
        ev.signatureTimestamps.push_back(std::move(tc));
    }
    bool archiveValid = false;
    for (xmlNode *ts : xp.archiveTimeStamps) {
        const XadesTimestampToken token = readTimestampToken(ts);
        if (!token.ok) {
            ev.warnings << Tr::tr("An archive timestamp cannot be read.");
            continue;
        }
        TimestampCheck tc;
        for (bool variant : {false, true}) {
            tc = checkTimestamp(
                token.der, digestOfBytes(archiveTimestampInput(sig, xp, ts, outcomes, token.c14n, variant)),
                TimestampKind::Archive, *ctx.trust, extra);
            if (tc.info.intact)
                break;
        }
        if (tc.info.intact && tc.info.signatureValid)
            archiveValid = true;
        else
            ev.warnings << Tr::tr("An archive timestamp is not valid: %1").arg(tc.info.problem);
        ev.otherTimestamps << tc.info;
    }
    ev.revocation = xp.revocationValues;
    bool allIntact = !outcomes.isEmpty();
    for (const ReferenceOutcome &o : outcomes)
        allIntact = allIntact && o.status == Status::Ok;
    ev.dataIntact = allIntact;

    if (xp.qualifyingProperties && xp.hasSigningCertificate) {
        ev.level = QStringLiteral("B-B");
        if (signatureTimestampIntact) {
            ev.level = QStringLiteral("B-T");
            if (xp.hasCertificateValues && xp.hasRevocationValues) {
                ev.level = QStringLiteral("B-LT");
                if (archiveValid)
                    ev.level = QStringLiteral("B-LTA");
            }
        }
    }
    f.pick(ev);
    return ev;
}

} // namespace sic::verify
