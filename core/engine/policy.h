#pragma once

#include "base/error.h"
#include "engine/signrequest.h"
#include "settings/settings.h"

namespace sic::engine {

// What a command line said explicitly (a locked key may only be repeated, not changed).
struct GivenOptions
{
    bool level = false;
    bool tsa = false;
    bool trust = false;
    bool systemTrust = false;
    bool online = false;
    bool outputFolder = false;
};

// The administrator's policy file binds sic-cli as it binds the GUI (settings/settings.h: a key in
// the policy wins and is locked). For each locked key: a value the command line did not give is
// taken from the policy; one it gave differently is refused (policy.locked, naming the key).
// A locked list of services allows only those URLs, with their CA bundle, pins and client id
// (policy.rssp_not_allowed).
Result<void> applyPolicy(const SettingsStore &store, const GivenOptions &given, SignRequest &request,
                         RsspProfile &profile, bool &online);

} // namespace sic::engine
