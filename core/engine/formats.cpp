#include "engine/formats.h"

#include "pades/padessession.h"
#include "xades/xadessession.h"

#include <mutex>

namespace sic::engine {

FormatRegistry &formats()
{
    // Registered explicitly rather than by static initializers in the format libraries: a static
    // library's object file that nothing references is not linked, and its registration with it.
    static std::once_flag once;
    std::call_once(once, [] {
        FormatRegistry &r = FormatRegistry::instance();
        r.add(padesFormat());
        r.add(xades::xadesFormat());
    });
    return FormatRegistry::instance();
}

} // namespace sic::engine
