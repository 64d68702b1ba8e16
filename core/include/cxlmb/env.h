/* cxlmb environment: the only headers the core may use.
 *
 * The core is freestanding (libfdt's libfdt_env.h is the model): no libc
 * calls, no allocation, no mutable globals.  The compiler may still emit
 * memcpy/memset/memmove/memcmp, which every freestanding toolchain provides;
 * the core calls them only through the builtins below. */
#ifndef CXLMB_ENV_H
#define CXLMB_ENV_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define cxlmb_memcpy(d, s, n) __builtin_memcpy((d), (s), (n))
#define cxlmb_memset(d, c, n) __builtin_memset((d), (c), (n))
#define cxlmb_memcmp(a, b, n) __builtin_memcmp((a), (b), (n))

#define CXLMB_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* Largest mailbox payload the specification allows (2^20 bytes, §8.2.8.4.3). */
#define CXLMB_PAYLOAD_MAX 0x100000u

#endif
