/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Target stateful: command sequences decoded from the input against the
 * simulated device (Type 3 or switch).  Every command goes through the
 * command layer (a mailbox endpoint, tunnel routes, cxlmb_call), so after
 * every step: the transport is sane, every Success answer decodes strictly
 * (cxlmb_call decodes it; a failure is a finding), and the model's
 * invariants hold (cxlmb_sim_check).
 *
 * Input: byte 0 picks the device (bit 0: switch); then steps of a 4-byte
 * header (kind, time to let pass x 100 us, body length 2 bytes little-
 * endian, cut to the bytes left) and the body.  Kinds:
 *   00-EF  a command: body = command selector (fuzz_pick: the opcode) and
 *          the request, any length up to the payload size; an opcode the
 *          device does not implement is sent as is (it answers Unsupported)
 *   F0-F7  the fabric manager offers a dynamic capacity extent in region
 *          (kind & 1): offset body[0], length body[1] + 1, in 2 MiB blocks
 *   F8     power cycle
 *   F9     the device finds a media error at (body[0..1] LE) x 64 KiB
 *   FA-FF  the switch tunnels a command to the MLD behind port 1: body =
 *          LD (1 byte), command selector, request; even kinds one level
 *          (the FM-owned LD), odd kinds two (LD body[0] & 3); no-op on a
 *          Type-3 device */
#include <string.h>

#include "fuzz_target.h"
#include "sim.h"

#define BUF 4096u /* the simulator's payload size fits (checked) */
#define STEP_HDR 4u

static struct cxlmb_sim *device(unsigned variant)
{
	static struct cxlmb_sim sims[2];
	static int ready[2];
	struct cxlmb_sim_config cfg;

	if (!ready[variant]) {
		cxlmb_sim_config_default(&cfg);
		cfg.variant = variant ? CXLMB_SIM_SWITCH : CXLMB_SIM_TYPE3;
		if (cxlmb_sim_init(&sims[variant], &cfg))
			abort();
		ready[variant] = 1;
	}
	cxlmb_sim_reset(&sims[variant]); /* O(bytes touched) */
	return &sims[variant];
}

/* Outcome counters per (command row, how the call ended): edge coverage
 * cannot tell one opcode's Unsupported from another's Success. */
static void note_call(size_t row, int rc, uint16_t dev_rc)
{
	unsigned o = rc == CXLMB_E_OK ? 0
		     : rc == CXLMB_E_ROUTE ? 3
		     : dev_rc == CXLMB_RC_UNSUPPORTED ? 1 : 2;
	if (row < FUZZ_ROWS_MAX)
		fuzz_outcome[row * FUZZ_OUTCOMES + o]++;
}

/* One command (selector + request) to an endpoint through the command layer. */
static void send_cmd(struct cxlmb_endpoint *ep, const uint8_t *body, size_t len)
{
	static uint8_t out[BUF];
	struct fuzz_sel sel;
	int rc;

	if (len < FUZZ_SEL_LEN)
		return;
	sel = fuzz_pick(body);
	body += FUZZ_SEL_LEN;
	len -= FUZZ_SEL_LEN;
	if (len > ep->max_payload)
		len = ep->max_payload;
	if (!sel.cmd) {
		/* not in the catalog: no codec to call, the gated send as is;
		 * the device must refuse it */
		struct cxlmb_request rq = { sel.opcode, body, len };
		struct cxlmb_response rs = { .buf = out, .cap = sizeof(out) };
		rc = cxlmb_ep_send(ep, &rq, &rs, NULL);
		FUZZ_CHECK(rc == CXLMB_E_OK || rc == CXLMB_E_ROUTE);
		FUZZ_CHECK(rc != CXLMB_E_OK || cxlmb_response_err(&rs) != CXLMB_E_OK);
		note_call(sel.row, rc ? rc : CXLMB_E_DEVICE_RC, rs.rc);
		return;
	}
	struct cxlmb_call c;
	memset(&c, 0, sizeof(c));
	c.opcode = sel.opcode;
	c.req_bytes = body;
	c.req_len = len;
	c.flags = CXLMB_STRICT;
	c.call_flags = CXLMB_CALL_RAW; /* malformed requests reach the device too */
	c.rsp.buf = out;
	c.rsp.cap = sizeof(out);
	rc = cxlmb_call(ep, &c);
	/* a device error, or a tunnel level refusing the route, is an answer;
	 * anything else (a transport failure, an answer that does not decode
	 * strictly) is a finding */
	FUZZ_CHECK(rc == CXLMB_E_OK || rc == CXLMB_E_DEVICE_RC || rc == CXLMB_E_ROUTE);
	note_call(sel.row, rc, c.rsp.rc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uint8_t scratch_fmld[BUF], scratch_ld[BUF];
	struct cxlmb_mbox_config cfg;
	struct cxlmb_mbox mb;
	struct cxlmb_endpoint root, fmld, ld;
	const struct cxlmb_tunnel_hop to_mld = { CXLMB_SIM_MLD_PORT, 0 };
	struct cxlmb_sim *sim;
	bool sw;
	size_t pos = 1;

	if (size < 1)
		return 0;
	sim = device(data[0] & 1);
	sw = sim->cfg.variant == CXLMB_SIM_SWITCH;
	cxlmb_sim_mbox_config(sim, &cfg);
	FUZZ_CHECK(cxlmb_mbox_init(&mb, &cxlmb_sim_ops, sim, &cfg) == CXLMB_E_OK);
	FUZZ_CHECK(cxlmb_ep_mbox_init(&root, &mb) == CXLMB_E_OK && root.max_payload <= BUF);
	FUZZ_CHECK(cxlmb_ep_route_init(&fmld, &root, to_mld, scratch_fmld, sizeof(scratch_fmld)) ==
		   CXLMB_E_OK);
	while (pos + STEP_HDR <= size) {
		uint8_t kind = data[pos];
		size_t len = (size_t)data[pos + 2] | (size_t)data[pos + 3] << 8;
		const uint8_t *body = data + pos + STEP_HDR;

		sim->now_ns += (uint64_t)data[pos + 1] * 100000; /* time passes between commands */
		pos += STEP_HDR;
		if (len > size - pos)
			len = size - pos;
		if (kind < 0xF0) {
			send_cmd(&root, body, len);
		} else if (kind < 0xF8) {
			uint64_t off = len >= 1 ? (uint64_t)body[0] << 21 : 0; /* 2 MiB blocks */
			uint64_t n = len >= 2 ? ((uint64_t)body[1] + 1) << 21 : 1 << 21;
			(void)cxlmb_sim_dc_offer(sim, kind & 1, off, n);
		} else if (kind == 0xF8) {
			cxlmb_sim_power_cycle(sim);
			/* the endpoints keep pointing at mb */
			FUZZ_CHECK(cxlmb_mbox_init(&mb, &cxlmb_sim_ops, sim, &cfg) == CXLMB_E_OK);
		} else if (kind == 0xF9) {
			uint64_t at = len >= 2 ? (uint64_t)(body[0] | body[1] << 8) << 16 : 0;
			cxlmb_sim_media_error(sim, at);
		} else if (sw && len >= 1) {
			/* through the switch to the MLD's FM-owned LD, or one of its LDs */
			struct cxlmb_endpoint *ep = &fmld;
			if (kind & 1) {
				const struct cxlmb_tunnel_hop to_ld = { (uint8_t)(body[0] & 3), 0 };
				FUZZ_CHECK(cxlmb_ep_route_init(&ld, &fmld, to_ld, scratch_ld,
							       sizeof(scratch_ld)) == CXLMB_E_OK);
				ep = &ld;
			}
			send_cmd(ep, body + 1, len - 1);
		}
		pos += len;
		FUZZ_CHECK(cxlmb_sim_check(sim) == NULL);
	}
	return 0;
}
