/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Each command's "Possible Command Return Codes" list, transcribed from
 * the CXL r3.2 text (§8.2.10.x for the generic and memory device sets,
 * §7.6.7.x and §7.7.13-15 for the FM API): the codes a conforming component may answer
 * that command with.  Part of the catalog: pure data; the conformance suite
 * judges answers against it and the simulator picks its length-error code
 * from it. */
#ifndef CXLMB_RC_LIST_H
#define CXLMB_RC_LIST_H

#include "env.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Bit n of a mask: return code n (0000h-0020h, r3.2 Table 8-34). */
#define CXLMB_RC_BIT(rc) (1ull << (rc))
#define CXLMB_RC_LAST 0x0020u

struct cxlmb_rc_list {
	uint16_t op;
	uint64_t codes;   /* CXLMB_RC_BIT of each listed code */
	const char *ref;  /* "r3.2 §8.2.10.9.4.1" */
	const char *note; /* where the list as printed needed a word, else NULL */
};

/* The row for op, or NULL when the specification text gives no list
 * (vendor-specific and unassigned opcodes). */
const struct cxlmb_rc_list *cxlmb_rc_list_find(uint16_t op);
/* The whole table, ascending opcode order. */
size_t cxlmb_rc_list_count(void);
const struct cxlmb_rc_list *cxlmb_rc_list_at(size_t i);
/* Is rc in op's list?  False when op has no list. */
static inline int cxlmb_rc_listed(const struct cxlmb_rc_list *row, uint16_t rc)
{
	return row && rc <= CXLMB_RC_LAST && (row->codes & CXLMB_RC_BIT(rc)) != 0;
}

#ifdef __cplusplus
}
#endif

#endif
