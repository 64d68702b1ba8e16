/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* A replacement for env.h's standard includes, as a kernel or an EDK2
 * build would write one: no <stdint.h>, <stddef.h> or <stdbool.h>, and
 * its own memcpy/memset/memcmp.  The core is compiled with -nostdinc and
 * -DCXLMB_ENV_HEADER='"kernel_env.h"' against it (tests/consumers). */
#ifndef KERNEL_ENV_H
#define KERNEL_ENV_H

typedef __UINT8_TYPE__ uint8_t;
typedef __UINT16_TYPE__ uint16_t;
typedef __UINT32_TYPE__ uint32_t;
typedef __UINT64_TYPE__ uint64_t;
typedef __INT8_TYPE__ int8_t;
typedef __INT16_TYPE__ int16_t;
typedef __INT32_TYPE__ int32_t;
typedef __INT64_TYPE__ int64_t;
typedef __SIZE_TYPE__ size_t;
#define UINT8_MAX __UINT8_MAX__
#define UINT16_MAX __UINT16_MAX__
#define UINT32_MAX __UINT32_MAX__
#define UINT64_MAX __UINT64_MAX__
#define NULL ((void *)0)
#define offsetof(t, m) __builtin_offsetof(t, m)
#ifndef __cplusplus
#define bool _Bool
#define true 1
#define false 0
#endif

/* The environment's own routines (here: the test's counting copies). */
void *kenv_memcpy(void *d, const void *s, size_t n);
void *kenv_memset(void *d, int c, size_t n);
int kenv_memcmp(const void *a, const void *b, size_t n);
#define cxlmb_memcpy(d, s, n) kenv_memcpy((d), (s), (n))
#define cxlmb_memset(d, c, n) kenv_memset((d), (c), (n))
#define cxlmb_memcmp(a, b, n) kenv_memcmp((a), (b), (n))

#endif
