#pragma once

// The public-API suites are built twice: against astro-server (PublicApiClient), and, with
// ASTRO_BRIDGE_CLIENT, against the counter's POS bridge (tests/bridge/BridgeClient.h), which must
// answer the same client the same way.
#ifdef ASTRO_BRIDGE_CLIENT
#include "BridgeClient.h"
using Client = BridgeClient;
#else
#include "PublicApiClient.h"
using Client = PublicApiClient;
#endif
