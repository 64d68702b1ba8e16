/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Library version and the compile-time knobs a user must share with it.
 *
 * CMake reads the version from this file (one source of truth); the
 * stability rule is in docs/embedding.md.  While MAJOR is 0 a MINOR bump
 * may break the API or ABI (so the shared library's soname is MAJOR.MINOR). */
#ifndef CXLMB_VERSION_H
#define CXLMB_VERSION_H

#include "cci.h"
#include "env.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

#define CXLMB_VERSION_MAJOR 0
#define CXLMB_VERSION_MINOR 2
#define CXLMB_VERSION_PATCH 0
#define CXLMB_VERSION_STRING "0.2.0"
/* For #if: 0xMMmmpp, e.g. #if CXLMB_VERSION_NUMBER >= 0x000200 */
#define CXLMB_VERSION_NUMBER                                                                  \
	((CXLMB_VERSION_MAJOR << 16) | (CXLMB_VERSION_MINOR << 8) | CXLMB_VERSION_PATCH)

/* The version the library was built as (same encoding): compare it with
 * CXLMB_VERSION_NUMBER when the library is a shared object. */
uint32_t cxlmb_version(void);
/* "0.2.0" */
const char *cxlmb_version_string(void);

/* Knobs that change public struct layouts or the library's behaviour and
 * must therefore be the same in the library and in every user:
 *   CXLMB_TUNNEL_MAX_DEPTH (a decimal number; struct cxlmb_route's size)
 *   CXLMB_NO_FIELD_NAMES   (defined or not)
 * CXLMB_ABI_KNOBS is what this translation unit sees; cxlmb_abi_knobs()
 * is what the library was built with. */
#ifdef CXLMB_NO_FIELD_NAMES
#define CXLMB_ABI_NAMES_ 0
#else
#define CXLMB_ABI_NAMES_ 1
#endif
#define CXLMB_ABI_KNOBS ((uint32_t)(CXLMB_TUNNEL_MAX_DEPTH) | ((uint32_t)CXLMB_ABI_NAMES_ << 8))
uint32_t cxlmb_abi_knobs(void);

/* The library defines exactly one symbol named after its knobs, e.g.
 * cxlmb_abi_depth4_names1.  cxlmb_abi_check() refers to the one this
 * translation unit expects, so calling it turns a mismatch into a link
 * error; when it links it also compares at run time (a shared library
 * swapped underneath).  Returns CXLMB_E_OK or CXLMB_E_INVALID_ARG. */
#define CXLMB_ABI_SYM3_(d, n) cxlmb_abi_depth##d##_names##n
#define CXLMB_ABI_SYM2_(d, n) CXLMB_ABI_SYM3_(d, n)
#define CXLMB_ABI_SYM CXLMB_ABI_SYM2_(CXLMB_TUNNEL_MAX_DEPTH, CXLMB_ABI_NAMES_)
extern const uint8_t CXLMB_ABI_SYM;

/* The comparison cxlmb_abi_check() makes, over the values it reads (so a
 * mismatch the linker would stop first can be given to it in a test). */
static inline int cxlmb_abi_match(uint8_t sym, uint32_t knobs)
{
	return sym == 1 && knobs == CXLMB_ABI_KNOBS ? CXLMB_E_OK : CXLMB_E_INVALID_ARG;
}

static inline int cxlmb_abi_check(void)
{
	return cxlmb_abi_match(CXLMB_ABI_SYM, cxlmb_abi_knobs());
}

#ifdef __cplusplus
}
#endif

#endif
