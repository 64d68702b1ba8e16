/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The fixture the Type-3 device tests share: a default simulated device
 * behind the real transport, and a send that returns the device's return
 * code.  Include after <cmocka.h>. */
#ifndef CXLMB_SIM_TYPE3_FIXTURE_H
#define CXLMB_SIM_TYPE3_FIXTURE_H

#include "sim.h"

static struct cxlmb_sim sim;
static struct cxlmb_mbox mb;
static uint8_t out[4096];

static inline int setup(void **state)
{
	struct cxlmb_mbox_config mc;
	(void)state;
	if (cxlmb_sim_init(&sim, NULL))
		return -1;
	cxlmb_sim_mbox_config(&sim, &mc);
	return cxlmb_mbox_init(&mb, &cxlmb_sim_ops, &sim, &mc) ? -1 : 0;
}

static inline int teardown(void **state)
{
	(void)state;
	cxlmb_sim_fini(&sim);
	return 0;
}

/* Send and return the device's return code; *n gets the output length. */
static inline uint16_t send(uint16_t op, const void *in, size_t len, size_t *n)
{
	struct cxlmb_mbox_result res;
	assert_int_equal(cxlmb_mbox_send(&mb, op, in, len, out, sizeof(out), &res), 0);
	if (n)
		*n = res.out_len;
	return res.rc;
}

#endif
