/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Register backend: how the core reaches a device's registers.
 *
 * The caller supplies the ops and an opaque context (BearSSL-style: the
 * core owns no state).  A simulated register file, an mmap of a PCI BAR and
 * a fuzz-input-driven hostile device all implement this.  Offsets are bytes
 * from the start of the CXL device register block (Register Locator RBI 3).
 * Every op returns 0 or a CXLMB_E_* code (normally CXLMB_E_BACKEND): the
 * transport passes a valid CXLMB_E_* code on unchanged and turns anything
 * else (a negative errno, say) into CXLMB_E_BACKEND.
 *
 * Time.  The two hooks decide how the transport measures its budgets
 * (command, readiness, background wait):
 *   now_ns and delay_ns  the clock measures; each poll sleeps poll_ns.  The
 *                        delays asked for also count (a delay of n ns lets
 *                        at least n pass), so a frozen clock cannot hang.
 *   now_ns only          busy-poll; the clock measures.  A clock that does
 *                        not move across CXLMB_MBOX_STALL_POLLS polls is
 *                        taken as broken and ends the wait.
 *   delay_ns only        each poll sleeps poll_ns and counts poll_ns.
 *   neither              busy-poll; each poll counts poll_cost_ns (struct
 *                        cxlmb_mbox_config): a lower bound of what one
 *                        status read costs, so a wait never ends early.
 * A budget is never cut short by the number of polls where there is a clock. */
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
	 * read64/write64, or 32-bit accesses for a short tail or an area not
	 * 8-aligned).  Lengths never exceed the payload size. */
	int (*read_bytes)(void *ctx, uint32_t off, uint8_t *dst, size_t len);
	int (*write_bytes)(void *ctx, uint32_t off, const uint8_t *src, size_t len);
	/* Monotonic time in nanoseconds (virtual in the simulator).  May be
	 * NULL (no clock). */
	uint64_t (*now_ns)(void *ctx);
	/* Let time pass: the host sleeps, the simulator advances its clock.
	 * Must let at least ns pass.  May be NULL (busy-poll). */
	void (*delay_ns)(void *ctx, uint64_t ns);
};

#ifdef __cplusplus
}
#endif

#endif
