#pragma once

#include <QString>

#include <optional>

namespace sic::preview {

// The name of one rendered page as the view model asks for it and the image provider reads it:
// "<base64url of the path>/<page>/<revision>". Base64 keeps any file name (spaces, Japanese,
// slashes) out of the URL's syntax; the revision changes when the file's content does, so an
// old rendering is never reused for new content.
// The engine's image provider name: page images are "image://sicpage/<id>".
inline constexpr char kPageImageProvider[] = "sicpage";

struct PageImageId
{
    QString path;
    int page = 0;
    QString revision;
};

QString pageImageId(const PageImageId &id);
std::optional<PageImageId> parsePageImageId(const QString &text);

} // namespace sic::preview
