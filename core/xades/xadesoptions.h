#pragma once

#include "base/clock.h"
#include "sign/signaturelevel.h"
#include "tsp/timestampsource.h"

#include <QString>
#include <QStringList>

namespace sic::xades {

// Enveloped: an XML document, ds:Signature becomes the root's last child. Enveloping: any file,
// Base64 inside a ds:Object of the signature document. Detached: any file; the signature is a
// separate XML file that names it.
using sic::Packaging;

struct ProductionPlace
{
    QString city;
    QString stateOrProvince;
    QString postalCode;
    QString countryName;
    bool isEmpty() const
    {
        return city.isEmpty() && stateOrProvince.isEmpty() && postalCode.isEmpty() && countryName.isEmpty();
    }
};

struct XadesOptions
{
    Packaging packaging = Packaging::Enveloped;
    SignatureLevel level = SignatureLevel::B_B; // B-B or B-T
    QString output;                             // the file to write
    bool overwrite = false;                     // replace an existing output
    ProductionPlace place;                      // SignatureProductionPlaceV2, when not empty
    QStringList claimedRoles;                   // SignerRoleV2, when not empty
    QString mimeType;                           // DataObjectFormat; empty: guessed from the file
    const Clock *clock = nullptr;               // SigningTime; the system clock when null
    TimestampSource *timestampSource = nullptr; // required for B-T
};

} // namespace sic::xades
