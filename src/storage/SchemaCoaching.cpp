#include "storage/Schema.h"

namespace tallenne {

// Version 4: tags, coaching playlists and cached waveform peaks.
QList<Migration> Schema::coaching()
{
    return {};
}

} // namespace tallenne
