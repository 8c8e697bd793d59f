#pragma once

#include <QByteArray>
#include <QList>

// A minimal DER writer: the CMS structures the signer builds are small and fixed, and writing
// them directly keeps every byte that goes into the signed digest under our control.
namespace sic::der {

QByteArray tlv(unsigned char tag, const QByteArray &content);
QByteArray sequence(const QList<QByteArray> &items);
// SET OF in DER order (elements sorted by their encodings), as verifiers re-encode it.
QByteArray setOf(QList<QByteArray> items);
QByteArray oid(const char *dotted);
QByteArray integer(qint64 v);
QByteArray octetString(const QByteArray &bytes);
QByteArray null();
// AlgorithmIdentifier with absent parameters, or with the given DER parameters.
QByteArray algorithm(const char *dotted, const QByteArray &params = {});
// Context-specific constructed tag [n] (0xA0 | n) around content.
QByteArray context(int n, const QByteArray &content);

} // namespace sic::der
