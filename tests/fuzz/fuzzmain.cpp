// libFuzzer entry for one target, chosen at compile time (EPISTLE_FUZZ_TARGET).
#include "fuzztargets.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzTargets::EPISTLE_FUZZ_TARGET(data, size);
}
