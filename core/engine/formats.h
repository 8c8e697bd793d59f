#pragma once

#include "sign/formatregistry.h"

namespace sic::engine {

// The format registry with the built-in formats (PAdES, XAdES) registered, once. Front ends list
// formats and levels from here; a test may add a format of its own to it.
FormatRegistry &formats();

} // namespace sic::engine
