/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Target stateful: command sequences decoded from the input against the
 * simulated device (Type 3 or switch).  Every command goes through the
 * command layer (a mailbox endpoint, tunnel routes, cxlmb_call).
 *
 * Oracles after every step, the host's (they hold whatever the device
 * does, quirks included):
 * - a call whose transport reported an answer (the call got to the device
 *   stage or past it) saw the doorbell it rang clear, and reports the
 *   return code (and, at the mailbox, the output length) the device wrote
 *   after that; only Success goes past the device stage;
 * - a Success answer decodes strictly again here, its views inside the
 *   bytes received, and no more bytes than the buffer holds;
 * - nothing is written past the response or route buffers (guard bytes);
 * - the model's invariants hold (cxlmb_sim_check).
 * Until a quirk is first switched on in an input, the device's too (after,
 * the state a quirk left, a stuck doorbell say, may outlive it): every call
 * ends in Success, a device error or a route refusal, and a command not in
 * the catalog is refused.
 *
 * Input: byte 0 picks the device (bit 0: switch); then steps of a 4-byte
 * header (kind, time to let pass x 100 us, body length 2 bytes little-
 * endian, cut to the bytes left) and the body.  Kinds:
 *   00-DF  a command: body = command selector (fuzz_pick: the opcode) and
 *          the request, any length up to the payload size; an opcode the
 *          device does not implement is sent as is (it answers Unsupported)
 *   E0-EF  quirks: body[0..3] (LE) toggles quirk bits (CXLMB_SIM_Q), body
 *          [4..5] (LE) is force-rc's code (cxlmb_sim_set_quirks: from the
 *          next command on, the CEL rebuilt)
 *   F0-F7  the fabric manager offers a dynamic capacity extent in region
 *          (kind & 1): offset body[0], length body[1] + 1, in 2 MiB blocks
 *   F8     power cycle
 *   F9     the device finds a media error at (body[0..1] LE) x 64 KiB
 *   FA-FF  the switch tunnels a command to the MLD behind port 1: body =
 *          LD (1 byte), command selector, request; even kinds one level
 *          (the FM-owned LD), odd kinds two (LD body[0] & 3); no-op on a
 *          Type-3 device
 *
 * The replay build with FUZZ_REACH also counts the states the inputs
 * drove the device into (fuzz_reach_report): ctest fails if the kept
 * corpus stops reaching the security and poison-overflow paths. */
#include <stdio.h>
#include <string.h>

#include "fuzz_target.h"
#include "sim.h"

#define BUF 4096u /* the simulator's payload size fits (checked) */
#define GUARD 64u /* bytes after every buffer that must stay untouched */
#define STEP_HDR 4u
#define MBOX(r) (CXLMB_SIM_MBOX_OFF + (r))

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
	if (sims[variant].cfg.quirks || sims[variant].cfg.forced_rc)
		cxlmb_sim_set_quirks(&sims[variant], 0, 0); /* conformant at every input's start */
	cxlmb_sim_reset(&sims[variant]); /* O(bytes touched) */
	return &sims[variant];
}

/* ---- the registers as the transport saw them (the host's oracle) ---- */

struct spy {
	struct cxlmb_sim *sim;
	bool rung;         /* the doorbell was rung... */
	bool done;         /* ... and then seen clear */
	bool status_valid; /* Mailbox Status read after that */
	uint16_t status_rc;
	bool len_valid; /* Command register read after that */
	uint32_t out_len;
};

static int spy_r32(void *ctx, uint32_t off, uint32_t *v)
{
	struct spy *p = ctx;
	int rc = cxlmb_sim_ops.read32(p->sim, off, v);
	if (!rc && off == MBOX(CXLMB_MBOX_CTRL) && p->rung && !(*v & CXLMB_MBOX_CTRL_DOORBELL))
		p->done = true;
	return rc;
}

static int spy_r64(void *ctx, uint32_t off, uint64_t *v)
{
	struct spy *p = ctx;
	int rc = cxlmb_sim_ops.read64(p->sim, off, v);
	if (rc || !p->done)
		return rc;
	if (off == MBOX(CXLMB_MBOX_STATUS)) {
		p->status_valid = true;
		p->status_rc = (uint16_t)(*v >> CXLMB_MBOX_STATUS_RC_SHIFT);
	} else if (off == MBOX(CXLMB_MBOX_CMD)) {
		p->len_valid = true;
		p->out_len = (uint32_t)(*v >> CXLMB_MBOX_CMD_LEN_SHIFT & CXLMB_MBOX_CMD_LEN_MASK);
	} else if (off == MBOX(CXLMB_MBOX_CTRL) && !(*v & CXLMB_MBOX_CTRL_DOORBELL)) {
		p->done = true;
	}
	return rc;
}

static int spy_w32(void *ctx, uint32_t off, uint32_t v)
{
	struct spy *p = ctx;
	if (off == MBOX(CXLMB_MBOX_CTRL) && (v & CXLMB_MBOX_CTRL_DOORBELL)) {
		p->rung = true;
		p->done = p->status_valid = p->len_valid = false;
	}
	return cxlmb_sim_ops.write32(p->sim, off, v);
}

static int spy_w64(void *ctx, uint32_t off, uint64_t v)
{
	return cxlmb_sim_ops.write64(((struct spy *)ctx)->sim, off, v);
}

static int spy_rb(void *ctx, uint32_t off, uint8_t *d, size_t n)
{
	return cxlmb_sim_ops.read_bytes(((struct spy *)ctx)->sim, off, d, n);
}

static int spy_wb(void *ctx, uint32_t off, const uint8_t *d, size_t n)
{
	return cxlmb_sim_ops.write_bytes(((struct spy *)ctx)->sim, off, d, n);
}

static uint64_t spy_now(void *ctx)
{
	return cxlmb_sim_ops.now_ns(((struct spy *)ctx)->sim);
}

static void spy_delay(void *ctx, uint64_t ns)
{
	cxlmb_sim_ops.delay_ns(((struct spy *)ctx)->sim, ns);
}

static const struct cxlmb_backend_ops spy_ops = { spy_r32, spy_r64, spy_w32, spy_w64,
						  spy_rb,  spy_wb,  spy_now, spy_delay };

/* ---- one input's run ---- */

struct run {
	struct cxlmb_sim *sim;
	struct spy spy;
	bool quirked; /* a quirk was on at some point: the device may lie */
};

/* Guarded buffers: the response buffer and each route level's scratch,
 * each used as its last n bytes (exactly what is needed), so a write past
 * one lands in its guard. */
static uint8_t out_buf[BUF + GUARD], scratch_fmld[BUF + GUARD], scratch_ld[BUF + GUARD];
#define GUARD_BYTE 0xA5u
#define TAIL(b, n) ((b) + BUF - (n))

static void guards_set(void)
{
	memset(out_buf + BUF, GUARD_BYTE, GUARD);
	memset(scratch_fmld + BUF, GUARD_BYTE, GUARD);
	memset(scratch_ld + BUF, GUARD_BYTE, GUARD);
}

static bool guard_ok(const uint8_t *g)
{
	for (size_t i = 0; i < GUARD; i++)
		if (g[i] != GUARD_BYTE)
			return false;
	return true;
}

#ifdef FUZZ_REACH
/* States the inputs drove a device into, over the whole replay. */
static struct {
	unsigned long locked, frozen, attempts_exceeded, poison_overflow, overflow_reported,
		poison_limit, pass_set, unlocked, pass_disabled, secure_erased, poison_cleared,
		whole_payload, whole_route_payload;
} reach;

static void reach_state(const struct cxlmb_sim *s)
{
	for (unsigned d = 0; d < s->nt3; d++) {
		reach.locked += s->t3[d].sec.locked;
		reach.frozen += s->t3[d].sec.frozen;
		reach.attempts_exceeded += s->t3[d].sec.user_fails >= CXLMB_SIM_PASS_ATTEMPTS ||
					   s->t3[d].sec.master_fails >= CXLMB_SIM_PASS_ATTEMPTS;
		reach.poison_overflow += s->t3[d].poison_overflow;
	}
}

static void reach_call(uint16_t opcode, int rc, uint16_t dev_rc, const uint8_t *rsp, size_t len)
{
	if (rc == CXLMB_E_DEVICE_RC && dev_rc == CXLMB_RC_POISON_LIMIT)
		reach.poison_limit++;
	if (rc != CXLMB_E_OK)
		return;
	switch (opcode) {
	case 0x4300: reach.overflow_reported += len > 0 && (rsp[0] & 2); break; /* flags b1 */
	case 0x4302: reach.poison_cleared++; break;
	case 0x4501: reach.pass_set++; break;
	case 0x4502: reach.pass_disabled++; break;
	case 0x4503: reach.unlocked++; break;
	case 0x4505: reach.secure_erased++; break;
	default: break;
	}
}

/* Called by replay_main.c after the last input: 0 if every state was reached. */
int fuzz_reach_report(void)
{
	static const char *const names[] = { "security locked", "security frozen",
		"passphrase attempts exceeded", "poison list overflowed",
		"Get Poison List reported the overflow", "Inject Poison refused at its limit",
		"Set Passphrase succeeded", "Unlock succeeded", "Disable Passphrase succeeded",
		"Passphrase Secure Erase succeeded", "Clear Poison succeeded",
		"a request of the mailbox's whole payload", "a request of a route's whole payload" };
	const unsigned long *n = (const unsigned long *)&reach;
	int rc = 0;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		printf("reach: %-40s %lu\n", names[i], n[i]);
		rc |= n[i] == 0;
	}
	if (rc)
		printf("reach: the kept corpus no longer reaches every state above\n");
	return rc;
}
static void reach_len(const struct cxlmb_endpoint *ep, size_t len)
{
	if (len == ep->max_payload) {
		reach.whole_payload += ep->kind == CXLMB_EPK_MAILBOX;
		reach.whole_route_payload += ep->kind == CXLMB_EPK_ROUTE;
	}
}
#else
#define reach_len(ep, len) ((void)0)
#define reach_state(s) ((void)(s))
#define reach_call(op, rc, dev_rc, rsp, len) ((void)0)
#endif

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

/* The host's promise about an answer its transport reported (whatever
 * the command layer made of it after: a device error, a response that
 * does not decode): the device completed a command after the doorbell was
 * rung, and the return code (and at the mailbox the output length) is what
 * it then wrote. */
static void check_answer(const struct run *r, const struct cxlmb_endpoint *ep,
			 const struct cxlmb_response *rs)
{
	const struct spy *p = &r->spy;
	bool ok = rs->rc == CXLMB_RC_SUCCESS || rs->rc == CXLMB_RC_BACKGROUND;
	FUZZ_CHECK(p->done && p->status_valid);
	FUZZ_CHECK(rs->len <= rs->cap && (!ok || rs->len <= rs->reported_len));
	if (ep->kind == CXLMB_EPK_MAILBOX) {
		FUZZ_CHECK(rs->rc == p->status_rc);
		FUZZ_CHECK(!ok || (p->len_valid && rs->reported_len == p->out_len));
	} else {
		/* the outermost tunnel answered, or it relayed the inner code */
		FUZZ_CHECK(p->status_rc == rs->rc || p->status_rc == CXLMB_RC_SUCCESS);
		FUZZ_CHECK(!ok || p->status_rc == CXLMB_RC_SUCCESS);
	}
}

/* One command (selector + request) to an endpoint through the command layer. */
static void send_cmd(struct run *r, struct cxlmb_endpoint *ep, const uint8_t *body, size_t len)
{
	struct fuzz_sel sel;
	int rc;

	if (len < FUZZ_SEL_LEN)
		return;
	sel = fuzz_pick(body);
	body += FUZZ_SEL_LEN;
	len -= FUZZ_SEL_LEN;
	if (len > ep->max_payload)
		len = ep->max_payload;
	reach_len(ep, len);
	r->spy.rung = r->spy.done = r->spy.status_valid = r->spy.len_valid = false;
	if (!sel.cmd) {
		/* not in the catalog: no codec to call, the gated send as is;
		 * the device must refuse it */
		struct cxlmb_request rq = { sel.opcode, body, len };
		struct cxlmb_response rs = { .buf = TAIL(out_buf, ep->max_payload),
					     .cap = ep->max_payload };
		rc = cxlmb_ep_send(ep, &rq, &rs, NULL);
		if (rc == CXLMB_E_OK)
			check_answer(r, ep, &rs);
		FUZZ_CHECK(r->quirked || rc == CXLMB_E_OK || rc == CXLMB_E_ROUTE);
		FUZZ_CHECK(r->quirked || rc != CXLMB_E_OK || cxlmb_response_err(&rs) != CXLMB_E_OK);
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
	c.rsp.buf = TAIL(out_buf, ep->max_payload);
	c.rsp.cap = ep->max_payload;
	rc = cxlmb_call(ep, &c);
	if (c.stage >= CXLMB_STAGE_DEVICE) /* the transport reported an answer */
		check_answer(r, ep, &c.rsp);
	/* a device error stops the call at its stage; only Success goes on */
	FUZZ_CHECK((rc == CXLMB_E_DEVICE_RC) == (c.stage == CXLMB_STAGE_DEVICE));
	FUZZ_CHECK(c.stage < CXLMB_STAGE_RESPONSE || c.rsp.rc == CXLMB_RC_SUCCESS ||
		   c.rsp.rc == CXLMB_RC_BACKGROUND);
	FUZZ_CHECK(rc != CXLMB_E_INVALID_ARG && rc != CXLMB_E_UNKNOWN_OPCODE);
	FUZZ_CHECK((rc == CXLMB_E_OK) == (c.stage == CXLMB_STAGE_DONE));
	if (rc == CXLMB_E_OK && !(c.rsp.len == 0 && cxlmb_cmd_max_len(c.cmd, CXLMB_RSP) == 0)) {
		/* Success is an answer that decodes strictly: decode it again */
		_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
		FUZZ_CHECK(cxlmb_cmd_decode_rsp(c.cmd, body, len, c.rsp.buf, c.rsp.len, CXLMB_STRICT,
						val) == CXLMB_E_OK);
		fuzz_check_views(c.cmd->rsp, val, c.rsp.buf, c.rsp.len);
	}
	/* until a quirk is on, the device is conformant: a device error, or
	 * a tunnel level refusing the route, is an answer; anything else (a
	 * transport failure, an answer that does not decode strictly) is a
	 * finding */
	FUZZ_CHECK(r->quirked || rc == CXLMB_E_OK || rc == CXLMB_E_DEVICE_RC ||
		   rc == CXLMB_E_ROUTE);
	reach_call(sel.opcode, rc, c.rsp.rc, c.rsp.buf, c.rsp.len);
	note_call(sel.row, rc, c.rsp.rc);
}

/* Quirks switched on or off between two commands. */
static void toggle_quirks(struct run *r, const uint8_t *body, size_t len)
{
	uint32_t mask = 0;
	uint16_t forced = r->sim->cfg.forced_rc;
	for (size_t i = 0; i < 4 && i < len; i++)
		mask |= (uint32_t)body[i] << (8 * i);
	if (len >= 6)
		forced = (uint16_t)(body[4] | body[5] << 8);
	cxlmb_sim_set_quirks(r->sim, r->sim->cfg.quirks ^ mask, forced);
	r->quirked |= r->sim->cfg.quirks != 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cxlmb_mbox_config cfg;
	struct cxlmb_mbox mb;
	struct cxlmb_endpoint root, fmld, ld;
	const struct cxlmb_tunnel_hop to_mld = { CXLMB_SIM_MLD_PORT, 0 };
	struct run r;
	bool sw;
	size_t pos = 1;

	if (size < 1)
		return 0;
	memset(&r, 0, sizeof(r));
	r.sim = r.spy.sim = device(data[0] & 1);
	sw = r.sim->cfg.variant == CXLMB_SIM_SWITCH;
	cxlmb_sim_mbox_config(r.sim, &cfg);
	/* a stuck doorbell (or a mailbox never ready at a power cycle) costs
	 * 200 polls, not 200 000 (virtual time) */
	cfg.cmd_timeout_ns = cfg.ready_timeout_ns = 10000000;
	cfg.poll_ns = 50000;
	guards_set();
	FUZZ_CHECK(cxlmb_mbox_init(&mb, &spy_ops, &r.spy, &cfg) == CXLMB_E_OK);
	FUZZ_CHECK(cxlmb_ep_mbox_init(&root, &mb) == CXLMB_E_OK && root.max_payload <= BUF);
	FUZZ_CHECK(cxlmb_ep_route_init(&fmld, &root, to_mld, TAIL(scratch_fmld, root.max_payload),
				       root.max_payload) == CXLMB_E_OK);
	while (pos + STEP_HDR <= size) {
		uint8_t kind = data[pos];
		size_t len = (size_t)data[pos + 2] | (size_t)data[pos + 3] << 8;
		const uint8_t *body = data + pos + STEP_HDR;

		r.sim->now_ns += (uint64_t)data[pos + 1] * 100000; /* time passes between commands */
		pos += STEP_HDR;
		if (len > size - pos)
			len = size - pos;
		if (kind < 0xE0) {
			send_cmd(&r, &root, body, len);
		} else if (kind < 0xF0) {
			toggle_quirks(&r, body, len);
		} else if (kind < 0xF8) {
			uint64_t off = len >= 1 ? (uint64_t)body[0] << 21 : 0; /* 2 MiB blocks */
			uint64_t n = len >= 2 ? ((uint64_t)body[1] + 1) << 21 : 1 << 21;
			(void)cxlmb_sim_dc_offer(r.sim, kind & 1, off, n);
		} else if (kind == 0xF8) {
			cxlmb_sim_power_cycle(r.sim);
			/* the endpoints keep pointing at mb; a quirked device may
			 * refuse to come up (not ready, bad registers) */
			FUZZ_CHECK(cxlmb_mbox_init(&mb, &spy_ops, &r.spy, &cfg) == CXLMB_E_OK ||
				   r.quirked);
		} else if (kind == 0xF9) {
			uint64_t at = len >= 2 ? (uint64_t)(body[0] | body[1] << 8) << 16 : 0;
			cxlmb_sim_media_error(r.sim, at);
		} else if (sw && len >= 1) {
			/* through the switch to the MLD's FM-owned LD, or one of its LDs */
			struct cxlmb_endpoint *ep = &fmld;
			if (kind & 1) {
				const struct cxlmb_tunnel_hop to_ld = { (uint8_t)(body[0] & 3), 0 };
				FUZZ_CHECK(cxlmb_ep_route_init(&ld, &fmld, to_ld,
							       TAIL(scratch_ld, fmld.max_payload),
							       fmld.max_payload) == CXLMB_E_OK);
				ep = &ld;
			}
			send_cmd(&r, ep, body + 1, len - 1);
		}
		pos += len;
		FUZZ_CHECK(guard_ok(out_buf + BUF) && guard_ok(scratch_fmld + BUF) &&
			   guard_ok(scratch_ld + BUF));
		const char *broken = cxlmb_sim_check(r.sim);
		if (broken) {
			fprintf(stderr, "fuzz check failed: the simulator's invariant: %s\n", broken);
			abort();
		}
		reach_state(r.sim);
	}
	return 0;
}
