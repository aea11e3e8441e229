#pragma once

// Translations moved to core, so that tallenne-admin loads them too.
#include "core/Translations.h"
