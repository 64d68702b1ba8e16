/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Register backend: how the core reaches a device's registers.
 *
 * The caller supplies the ops and an opaque context (BearSSL-style: the
 * core owns no state).  A simulated register file, an mmap of a PCI BAR and
 * a fuzz-input-driven hostile device all implement this.  Offsets are bytes
 * from the start of the CXL device register block (Register Locator RBI 3).
 * Every op returns 0 or a CXLMB_E_* code (normally CXLMB_E_BACKEND). */
#ifndef CXLMB_BACKEND_H
#define CXLMB_BACKEND_H

#include "env.h"

#ifdef __cplusplus
extern "C" {
#endif

struct cxlmb_backend_ops {
	int (*read32)(void *ctx, uint32_t off, uint32_t *val);
	int (*read64)(void *ctx, uint32_t off, uint64_t *val);
	int (*write32)(void *ctx, uint32_t off, uint32_t val);
	int (*write64)(void *ctx, uint32_t off, uint64_t val);
	/* Optional bulk copies of the payload area (NULL: the transport uses
	 * 32-bit accesses).  Lengths never exceed the payload size. */
	int (*read_bytes)(void *ctx, uint32_t off, uint8_t *dst, size_t len);
	int (*write_bytes)(void *ctx, uint32_t off, const uint8_t *src, size_t len);
	/* Monotonic time in nanoseconds (virtual in the simulator). */
	uint64_t (*now_ns)(void *ctx);
	/* Let time pass: the host sleeps, the simulator advances its clock.
	 * May be NULL (busy-poll). */
	void (*delay_ns)(void *ctx, uint64_t ns);
};

#ifdef __cplusplus
}
#endif

#endif
