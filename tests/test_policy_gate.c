/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The policy as the command layer's gate: a refused command never reaches
 * the device (the simulator's command counter does not move), sent
 * directly, through tunnel route endpoints, or as a hand-built 5300h; and
 * the cel profile over the CELs the devices report with Get Log. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "cxlmb/cxlmb.h"
#include "cxlmb/policy.h"
#include "sim.h"

static struct cxlmb_sim sim;
static struct cxlmb_mbox mb;
static struct cxlmb_endpoint root, hop1, hop2;
static uint8_t scratch1[4096], scratch2[4096], rspbuf[4096];
static struct cxlmb_gate gate;

static int open_sim(unsigned variant)
{
	struct cxlmb_sim_config cfg;
	struct cxlmb_mbox_config mc;
	cxlmb_sim_config_default(&cfg);
	cfg.variant = variant;
	if (cxlmb_sim_init(&sim, &cfg))
		return -1;
	cxlmb_sim_mbox_config(&sim, &mc);
	if (cxlmb_mbox_init(&mb, &cxlmb_sim_ops, &sim, &mc) || cxlmb_ep_mbox_init(&root, &mb))
		return -1;
	return 0;
}

static int setup_type3(void **state)
{
	(void)state;
	return open_sim(CXLMB_SIM_TYPE3);
}

/* switch mailbox -> port 1 (the MLD's FM-owned LD) -> LD 0 */
static int setup_switch(void **state)
{
	(void)state;
	if (open_sim(CXLMB_SIM_SWITCH))
		return -1;
	if (cxlmb_ep_route_init(&hop1, &root, (struct cxlmb_tunnel_hop){ 1, 0 }, scratch1,
				sizeof(scratch1)))
		return -1;
	return cxlmb_ep_route_init(&hop2, &hop1, (struct cxlmb_tunnel_hop){ 0, 0 }, scratch2,
				   sizeof(scratch2)) ? -1 : 0;
}

static int teardown(void **state)
{
	(void)state;
	cxlmb_sim_fini(&sim);
	return 0;
}

/* Send through ep; returns cxlmb_ep_send's result. */
static int send_ep(struct cxlmb_endpoint *ep, uint16_t op, const uint8_t *pl, size_t len,
		   struct cxlmb_verdict *v)
{
	struct cxlmb_request req = { op, pl, len };
	struct cxlmb_response rsp = { .buf = rspbuf, .cap = sizeof(rspbuf) };
	return cxlmb_ep_send(ep, &req, &rsp, v);
}

static void use(const char *profile)
{
	cxlmb_policy_gate(cxlmb_policy_profile(profile), &gate);
	root.gate = &gate;
}

static void test_refused_never_reaches_registers(void **state)
{
	struct cxlmb_verdict v;
	uint64_t before;
	(void)state;
	use("linux-raw");
	/* allowed with a taint: it runs */
	before = sim.commands;
	assert_int_equal(send_ep(&root, 0x4000, NULL, 0, &v), CXLMB_E_OK);
	assert_int_equal(v.decision, CXLMB_ALLOW_TAINT);
	assert_int_equal(sim.commands, before + 1);
	/* refused: nothing reaches the device */
	before = sim.commands;
	uint64_t sent = root.sent;
	assert_int_equal(send_ep(&root, 0x4400, NULL, 0, &v), CXLMB_E_DENIED);
	assert_int_equal(v.decision, CXLMB_DENY);
	assert_int_equal(v.opcode, 0x4400);
	assert_int_equal(sim.commands, before);
	assert_int_equal(root.sent, sent);
	/* the typed call stops at the policy stage */
	{
		uint8_t clear[16];
		struct cxlmb_call call = { .opcode = 0x0403, .req_bytes = clear, .req_len = 16,
					   .rsp = { .buf = rspbuf, .cap = sizeof(rspbuf) } };
		memcpy(clear, cxlmb_uuid_cel, 16);
		assert_int_equal(cxlmb_call(&root, &call), CXLMB_E_DENIED);
		assert_int_equal(call.stage, CXLMB_STAGE_POLICY);
		assert_int_equal(call.verdict.reason, CXLMB_PR_CLEAR_LOG);
		assert_int_equal(sim.commands, before);
		/* the vendor debug log may be cleared: it runs */
		memcpy(clear, cxlmb_uuid_vendor_debug, 16);
		assert_int_equal(cxlmb_call(&root, &call), CXLMB_E_OK);
		assert_int_equal(sim.commands, before + 1);
	}
	/* lockdown refuses Set Timestamp */
	use("lockdown");
	before = sim.commands;
	{
		uint8_t ts[8] = { 1 };
		assert_int_equal(send_ep(&root, 0x0301, ts, sizeof(ts), &v), CXLMB_E_DENIED);
	}
	assert_int_equal(sim.commands, before);
	root.gate = NULL;
}

static void test_refused_through_routes(void **state)
{
	struct cxlmb_verdict v;
	uint64_t before;
	uint8_t wrapped[256];
	size_t n = 0;
	(void)state;
	use("linux-raw");
	/* LD 0 behind two hops: Identify Memory Device runs, Sanitize does not */
	before = sim.commands;
	assert_int_equal(send_ep(&hop2, 0x4000, NULL, 0, &v), CXLMB_E_OK);
	assert_true(sim.commands > before);
	before = sim.commands;
	assert_int_equal(send_ep(&hop2, 0x4400, NULL, 0, &v), CXLMB_E_DENIED);
	assert_int_equal(v.level, 2);
	assert_int_equal(v.opcode, 0x4400);
	assert_int_equal(sim.commands, before);
	/* the same Sanitize as a hand-built 5300h, from the root and from hop 1 */
	struct cxlmb_tunnel_hop path[2] = { { 1, 0 }, { 0, 0 } };
	assert_int_equal(cxlmb_tunnel_wrap(path, 2, 3, 0x4400, NULL, 0, wrapped, sizeof(wrapped), &n), 0);
	assert_int_equal(send_ep(&root, 0x5300, wrapped, n, &v), CXLMB_E_DENIED);
	assert_int_equal(v.level, 2);
	assert_int_equal(cxlmb_tunnel_wrap(path + 1, 1, 3, 0x4400, NULL, 0, wrapped, sizeof(wrapped), &n), 0);
	assert_int_equal(send_ep(&hop1, 0x5300, wrapped, n, &v), CXLMB_E_DENIED);
	assert_int_equal(v.level, 2);
	assert_int_equal(sim.commands, before);
	/* fabric-readonly: reading the switch runs, unbinding a vPPB does not,
	 * even behind a tunnel whose own 5300h is allowed */
	use("fabric-readonly");
	before = sim.commands;
	assert_int_equal(send_ep(&root, 0x5100, NULL, 0, &v), CXLMB_E_OK);
	assert_int_equal(sim.commands, before + 1);
	{
		uint8_t unbind[3] = { 0, 0, 0 };
		before = sim.commands;
		assert_int_equal(send_ep(&root, 0x5202, unbind, sizeof(unbind), &v), CXLMB_E_DENIED);
		assert_int_equal(send_ep(&hop1, 0x5402, (const uint8_t *)"\x01\x00\x00\x00", 4, &v),
				 CXLMB_E_DENIED);
		assert_int_equal(v.level, 1);
		assert_int_equal(sim.commands, before);
	}
	root.gate = NULL;
}

/* Get Log of the CEL through ep, sized by Get Supported Logs (r3.2
 * Tables 8-66, 8-67: a count at 00h, 14h-byte entries from 08h: UUID, size). */
static size_t read_cel(struct cxlmb_endpoint *ep, uint8_t *out, size_t cap)
{
	uint8_t req[0x18] = { 0 };
	struct cxlmb_verdict v;
	struct cxlmb_request r = { 0x0400, NULL, 0 };
	struct cxlmb_response rsp = { .buf = out, .cap = cap };
	uint32_t size = 0;
	assert_int_equal(cxlmb_ep_send(ep, &r, &rsp, &v), CXLMB_E_OK);
	for (size_t i = 0; i < (size_t)(out[0] | out[1] << 8) && 8 + 0x14 * (i + 1) <= rsp.len; i++)
		if (memcmp(out + 8 + 0x14 * i, cxlmb_uuid_cel, 16) == 0) {
			const uint8_t *z = out + 8 + 0x14 * i + 16;
			size = (uint32_t)z[0] | (uint32_t)z[1] << 8 | (uint32_t)z[2] << 16 |
			       (uint32_t)z[3] << 24;
		}
	assert_true(size > 0 && size <= cap);
	r = (struct cxlmb_request){ 0x0401, req, sizeof(req) };
	rsp = (struct cxlmb_response){ .buf = out, .cap = cap };
	memcpy(req, cxlmb_uuid_cel, 16);
	req[0x14] = (uint8_t)size, req[0x15] = (uint8_t)(size >> 8);
	assert_int_equal(cxlmb_ep_send(ep, &r, &rsp, &v), CXLMB_E_OK);
	assert_int_equal(rsp.rc, 0);
	assert_int_equal(rsp.len % 4, 0);
	assert_true(rsp.len > 0);
	return rsp.len;
}

static void test_cel_profile_from_devices(void **state)
{
	static uint8_t cel_sw[512], cel_fm[512], cel_ld[512];
	struct cxlmb_policy_cel cels[3];
	struct cxlmb_policy pol;
	struct cxlmb_verdict v;
	uint64_t before;
	(void)state;
	root.gate = NULL;
	cels[0] = (struct cxlmb_policy_cel){ .route = { .depth = 0 }, .log = cel_sw,
					     .len = read_cel(&root, cel_sw, sizeof(cel_sw)) };
	cels[1] = (struct cxlmb_policy_cel){ .log = cel_fm, .len = read_cel(&hop1, cel_fm, 512) };
	cxlmb_ep_route_of(&hop1, &cels[1].route);
	cels[2] = (struct cxlmb_policy_cel){ .log = cel_ld, .len = read_cel(&hop2, cel_ld, 512) };
	cxlmb_ep_route_of(&hop2, &cels[2].route);
	cxlmb_policy_cel_profile(&pol, cels, 3);
	cxlmb_policy_gate(&pol, &gate);
	root.gate = &gate;
	/* Identify Memory Device: the switch does not list it, the LD does */
	before = sim.commands;
	assert_int_equal(send_ep(&root, 0x4000, NULL, 0, &v), CXLMB_E_DENIED);
	assert_int_equal(v.reason, CXLMB_PR_NOT_IN_CEL);
	assert_int_equal(sim.commands, before);
	assert_int_equal(send_ep(&hop2, 0x4000, NULL, 0, &v), CXLMB_E_OK);
	assert_int_equal(v.decision, CXLMB_ALLOW);
	/* Sanitize on the LD: listed, but data and security effects */
	before = sim.commands;
	assert_int_equal(send_ep(&hop2, 0x4400, NULL, 0, &v), CXLMB_E_DENIED);
	assert_int_equal(v.reason, CXLMB_PR_EFFECTS);
	assert_int_equal(sim.commands, before);
	root.gate = NULL;
}

int main(void)
{
	const struct CMUnitTest t3[] = {
		cmocka_unit_test(test_refused_never_reaches_registers),
	};
	const struct CMUnitTest sw[] = {
		cmocka_unit_test(test_refused_through_routes),
		cmocka_unit_test(test_cel_profile_from_devices),
	};
	int rc = cmocka_run_group_tests_name("type3", t3, setup_type3, teardown);
	return rc | cmocka_run_group_tests_name("switch", sw, setup_switch, teardown);
}
