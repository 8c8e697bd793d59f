#pragma once

#include <memory>

namespace sic {

// An owning handle for a C library object freed by one function: the RAII wrappers for OpenSSL
// (crypto/ossl.h), libxml2 (xml/xmlptr.h) and PKCS#11 sessions are all this one template.
template <auto FreeFn>
struct HandleDeleter
{
    template <typename T>
    void operator()(T *p) const noexcept
    {
        if (p)
            FreeFn(p);
    }
};

template <typename T, auto FreeFn>
using Handle = std::unique_ptr<T, HandleDeleter<FreeFn>>;

} // namespace sic
