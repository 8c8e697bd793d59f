#pragma once

#include "base/error.h"
#include "pdf/object.h"

#include <QByteArray>

namespace sic::pdf {

// zlib inflate with an output cap (a small object stream cannot expand into gigabytes).
Result<QByteArray> inflate(const QByteArray &data, qint64 maxOutput);
QByteArray deflate(const QByteArray &data);

// Applies a stream's /Filter and /DecodeParms. Only what object and cross-reference streams use
// is supported: no filter, or FlateDecode with no predictor or a PNG predictor.
Result<QByteArray> decodeStream(const Object &streamDict, const QByteArray &raw, qint64 maxOutput);

} // namespace sic::pdf
