#pragma once

#include <cstddef>
#include <cstdint>

// The fuzz entry points, one per parser that reads what a server or a person sends. Built into libFuzzer
// targets with -DEPISTLE_FUZZ=ON, and into a plain replay test that runs every checked-in input.
namespace FuzzTargets {
int replyParser(const uint8_t *data, size_t size);
int ehloCapabilities(const uint8_t *data, size_t size);
int addressList(const uint8_t *data, size_t size);
int encodedWord(const uint8_t *data, size_t size);
int emlReader(const uint8_t *data, size_t size);
int imapResponseParser(const uint8_t *data, size_t size);
} // namespace FuzzTargets
