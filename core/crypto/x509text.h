#pragma once

#include <QDateTime>
#include <QString>

#include <openssl/asn1.h>
#include <openssl/x509.h>

namespace sic {

// How the app writes certificate names and times, once: the credential screen, sic-cli, the
// verification report and the time-stamp check all show the same text for the same certificate.

// RFC 4514 text of a name, most specific RDN first ("CN=山田 太郎,O=Example,C=JP"). Every
// directory string type (UTF8String, BMPString, UniversalString, PrintableString, T61String) is
// converted to UTF-8 and non-ASCII characters stay characters, not \XX escapes; RFC 4514's
// specials and control characters are escaped.
QString x509NameToString(const X509_NAME *name);
// The (first) commonName as UTF-8 text, whatever string type encodes it; empty if none.
QString x509CommonName(const X509_NAME *name);
// UTCTime or GeneralizedTime as a UTC QDateTime; invalid if null or unreadable.
QDateTime asn1TimeToDateTime(const ASN1_TIME *time);
// The certificate's serial number in upper-case hex, no separators ("1A2B").
QString x509SerialHex(const X509 *cert);

} // namespace sic
