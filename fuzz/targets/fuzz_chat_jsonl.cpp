// Chats JSON Lines: ChatJsonl::parseLine on one line, as ImportService::importChats gives it
// each line (line ends removed, at most ChatJsonl::MaxLineBytes).

#include "FuzzSupport.h"

#include "core/ChatJsonl.h"

using namespace tallenne;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray line = fuzz::bytes(data, size);
    QString reason;
    const auto chat = ChatJsonl::parseLine(line, &reason);
    if (!chat) {
        if (reason.isEmpty())
            fuzz::broken("a refused line without a reason");
        return 0;
    }
    if (chat->id.isEmpty() || chat->id.size() > ChatJsonl::MaxShortChars ||
        !chat->started.isValid() || chat->messages.size() > ChatJsonl::MaxMessages)
        fuzz::broken("an accepted chat past its limits");
    if (chat->ended.isValid() && chat->ended < chat->started)
        fuzz::broken("an accepted chat that ended before it started");
    for (const ChatMessageRecord& m : chat->messages) {
        if (m.text.size() > ChatJsonl::MaxMessageChars || !m.time.isValid())
            fuzz::broken("an accepted message past its limits");
    }
    (void)ChatJsonl::channelName(chat->channel);
    return 0;
}
