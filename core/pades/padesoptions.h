#pragma once

#include "base/clock.h"
#include "sign/signaturelevel.h"

#include <QString>

namespace sic {

class TimestampSource;

struct PadesOptions
{
    QString input;
    QString output;
    bool overwrite = false;                     // replace an existing output file
    SignatureLevel level = SignatureLevel::B_B; // B-B or B-T
    QString reason;
    QString location;
    QString contactInfo;
    QString fieldName; // empty: "Signature1", "Signature2", ... whichever is free
    // 0: an approval signature. 1..3: a certification signature (DocMDP) allowing no changes (1),
    // form filling and signing (2), or also annotations (3). Only for a document not yet signed.
    int certifyPermissions = 0;
    const Clock *clock = nullptr;          // null: the system clock
    TimestampSource *timestamps = nullptr; // required for B-T; not owned
    // Bytes reserved in /Contents for the time-stamp token (B-T); the TSA's certificates are
    // not known before the token arrives.
    qint64 timestampReserve = 10000;
};

} // namespace sic
