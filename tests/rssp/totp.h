#pragma once

// The dev RSSP checks one-time passwords with core's RFC 4226/6238 code.
#include "crypto/otp.h"

namespace rssp {
using namespace sic::otp;
} // namespace rssp
