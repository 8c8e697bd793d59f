#pragma once

#include "base/budget.h"

#include <libxml/tree.h>

namespace sic::xml {

// Namespace declarations one element may carry: no real document declares this many on one
// element, and each is work for every canonicalization below it.
constexpr int kMaxNamespacesPerElement = 256;

// The signature work a parsed document asks for, counted in one walk before any of it is done:
// namespace declarations (per element and in total), XML signatures, references (SignedInfo and
// Manifest), transforms per reference, and the length of each XPath expression. Over a limit of
// `limits` gives the budget error (input.budget_exceeded) for the whole file.
Result<void> checkSignatureWork(xmlDoc *doc, const BudgetLimits &limits = {});

// The most XPath operations one transform may cost over the whole node set (libxml2 opLimit).
unsigned long xpathOperationLimit(const BudgetLimits &limits = {});

} // namespace sic::xml
