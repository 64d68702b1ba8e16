/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* cxlmb environment: the only headers the core may use.
 *
 * The core is freestanding (libfdt's libfdt_env.h is the model): no libc
 * calls, no allocation, no mutable globals.  A build that has no <stdint.h>
 * (a kernel) or no __builtin_memcpy (MSVC, the usual UEFI toolchain) points
 * CXLMB_ENV_HEADER at its own header (-DCXLMB_ENV_HEADER='"my_env.h"'),
 * which must provide: uint8_t..uint64_t, int8_t..int64_t, UINT8_MAX..
 * UINT64_MAX, size_t, NULL, offsetof, bool/true/false, and may define
 * cxlmb_memcpy/cxlmb_memset/cxlmb_memcmp (defaults below).  The compiler
 * may still emit calls to memcpy/memset/memmove/memcmp (and on ARM EABI
 * __aeabi_memcpy & co.): docs/embedding.md lists them per toolchain. */
#ifndef CXLMB_ENV_H
#define CXLMB_ENV_H

#ifdef CXLMB_ENV_HEADER
#include CXLMB_ENV_HEADER
#else
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

#ifndef cxlmb_memcpy
#define cxlmb_memcpy(d, s, n) __builtin_memcpy((d), (s), (n))
#endif
#ifndef cxlmb_memset
#define cxlmb_memset(d, c, n) __builtin_memset((d), (c), (n))
#endif
#ifndef cxlmb_memcmp
#define cxlmb_memcmp(a, b, n) __builtin_memcmp((a), (b), (n))
#endif

#define CXLMB_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* Largest mailbox payload the specification allows (2^20 bytes, §8.2.8.4.3). */
#define CXLMB_PAYLOAD_MAX 0x100000u

#ifdef __cplusplus
}
#endif

#endif
