/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Quirks: deliberate misbehaviour, each one a set of hooks at the engine's
 * named hook points, so no engine file tests a quirk by name.  The names
 * (for --quirk and `cxlmb sim --list-quirks`) come from the X-macro in
 * sim.h; a new quirk is one X line there and one entry in hooks[] here. */
#include <string.h>

#include "sim_internal.h"

static const struct {
	const char *name, *desc;
} quirks[CXLMB_SIM_QUIRK_COUNT] = {
#define CXLMB_SIM_Q_NAME(id, nm, ds) { nm, ds },
	CXLMB_SIM_QUIRKS(CXLMB_SIM_Q_NAME)
#undef CXLMB_SIM_Q_NAME
};

int cxlmb_sim_quirk_by_name(const char *name)
{
	for (unsigned i = 0; i < CXLMB_SIM_QUIRK_COUNT; i++)
		if (strcmp(quirks[i].name, name) == 0)
			return (int)i;
	return -1;
}

const char *cxlmb_sim_quirk_name(unsigned bit)
{
	return bit < CXLMB_SIM_QUIRK_COUNT ? quirks[bit].name : NULL;
}

const char *cxlmb_sim_quirk_desc(unsigned bit)
{
	return bit < CXLMB_SIM_QUIRK_COUNT ? quirks[bit].desc : NULL;
}

void cxlmb_sim_set_quirks(struct cxlmb_sim *s, uint32_t bits, uint16_t forced_rc)
{
	s->cfg.quirks = bits;
	s->cfg.forced_rc = forced_rc;
	cxlmb_sim_build_logs(s); /* the CEL quirks act when the logs are built */
}

/* ---- what each quirk does ---- */

static enum sim_doorbell stuck_doorbell(struct cxlmb_sim *s)
{
	(void)s;
	return SIM_DOORBELL_IGNORE; /* the device never answers */
}

static enum sim_doorbell doorbell_early(struct cxlmb_sim *s)
{
	(void)s;
	return SIM_DOORBELL_DEFER; /* the doorbell drops now, the answer comes 1 ms later */
}

static bool force_rc(struct cxlmb_sim *s, uint16_t opcode, uint16_t *rc)
{
	(void)opcode;
	*rc = s->cfg.forced_rc;
	return true;
}

static void early_answer(struct cxlmb_sim *s, uint16_t rc, uint8_t *payload, uint32_t *out_len)
{
	(void)rc;
	/* the data has not landed yet */
	memset(payload, 0, *out_len < s->payload_size ? *out_len : s->payload_size);
}

static void output_overflow(struct cxlmb_sim *s, uint16_t rc, uint8_t *payload, uint32_t *out_len)
{
	(void)payload;
	(void)rc;
	*out_len = s->payload_size + 0x100;
}

/* Set the lowest reserved bit of the first reserved field. */
static void corrupt_reserved(const struct cxlmb_sim *s, const struct cxlmb_cmd *c, uint8_t *out,
			     size_t n)
{
	const struct cxlmb_schema *sc = c->rsp;
	(void)s;
	for (uint16_t i = 0; sc && i < sc->nfields; i++) {
		const struct cxlmb_field *f = &sc->fields[i];
		uint64_t bit;
		uint32_t byte = 0;
		if (f->kind != CXLMB_F_RSVD || (f->flags & CXLMB_FF_AFTER))
			continue;
		bit = f->lim ? (uint64_t)(f->lim & (~f->lim + 1)) << f->shift : 1;
		while (!(bit & 0xFF)) {
			bit >>= 8;
			byte++;
		}
		if (f->wire_off + byte < n) {
			out[f->wire_off + byte] |= (uint8_t)bit;
			return;
		}
	}
}

static uint64_t not_ready(const struct cxlmb_sim *s, uint32_t off, uint64_t v)
{
	(void)s;
	if (off == CXLMB_SIM_MEMDEV_STATUS_OFF)
		v &= ~(uint64_t)CXLMB_MEMDEV_STATUS_MBOX_READY;
	return v;
}

static bool bg_never_completes(const struct cxlmb_sim *s, struct cxlmb_sim_bg *bg, uint64_t elapsed)
{
	uint64_t pct = elapsed * 100 / bg->duration_ns;
	(void)s;
	bg->percent = (uint8_t)(pct > 50 ? 50 : pct);
	return true;
}

static bool ignore_abort(const struct cxlmb_sim *s)
{
	(void)s;
	return true; /* acknowledged, still running */
}

static bool cel_missing(const struct cxlmb_sim *s, const uint8_t uuid[16])
{
	(void)s;
	return memcmp(uuid, cxlmb_uuid_cel, 16) == 0;
}

/* Security Send: listed, never implemented here. */
static void cel_extra(struct cxlmb_sim *s, unsigned ep)
{
	struct cxlmb_cel_entry ce = { 0x4600, CXLMB_EFF_SECURITY };
	size_t n;
	if (s->cel[ep].len + CXLMB_CEL_ENTRY_LEN <= sizeof(s->cel[ep].bytes) &&
	    cxlmb_cel_entry_encode(&ce, s->cel[ep].bytes + s->cel[ep].len, CXLMB_CEL_ENTRY_LEN, &n) == 0)
		s->cel[ep].len += (uint32_t)n;
}

/* ---- the conformance suite's quirks: each breaks what a check asserts ---- */

static bool lax_length(const struct cxlmb_sim *s, unsigned r)
{
	(void)s;
	return r == SIM_RULE_LENGTH;
}

static bool error_output_rule(const struct cxlmb_sim *s, unsigned r)
{
	(void)s;
	return r == SIM_RULE_ERROR_EMPTY;
}

static void error_output(struct cxlmb_sim *s, uint16_t rc, uint8_t *payload, uint32_t *out_len)
{
	(void)s;
	(void)payload;
	if (rc != CXLMB_RC_SUCCESS && rc != CXLMB_RC_BACKGROUND)
		*out_len = 8;
}

/* An out-of-range field answered as if it were fine, with nothing in it. */
static void lax_bounds(const struct sim_ctx *c, const struct cxlmb_cmd *cmd, void *rsp, uint16_t *rc)
{
	(void)c;
	if (*rc != CXLMB_RC_INVALID_INPUT && *rc != CXLMB_RC_INVALID_PADDR &&
	    *rc != CXLMB_RC_INVALID_LOG && *rc != CXLMB_RC_INVALID_HANDLE &&
	    *rc != CXLMB_RC_INVALID_SLOT)
		return;
	memset(rsp, 0, cxlmb_cmd_struct_size(cmd, CXLMB_RSP));
	*rc = CXLMB_RC_SUCCESS;
}

/* ... a port that does not exist shows as a downstream port, a VCS that
 * does not exist as enabled. */
static void lax_bounds_ports(const struct cxlmb_sim *s, const struct cxlmb_cmd *c, uint8_t *out,
			     size_t n)
{
	(void)s;
	if (c->opcode == 0x5101) {
		for (size_t e = 4; e + 0x10 <= n; e += 0x10)
			if ((out[e + 1] & 0xF) == 0xF)
				out[e + 1] = (uint8_t)((out[e + 1] & 0xF0) | 3);
	} else if (c->opcode == 0x5200 && n >= 8) {
		/* blocks from 4: VCS ID, state, USP, vPPB count, 4 bytes per vPPB */
		for (size_t b = 4; b + 4 <= n; b += 4u + 4u * out[b + 3])
			if (out[b + 1] == 0xFF)
				out[b + 1] = 1;
	}
}

static bool read_has_effect(const struct sim_ctx *c, uint16_t opcode, void *req, uint16_t *rc)
{
	(void)req;
	(void)rc;
	if (opcode == 0x0300 && c->t3) /* every read flips it */
		c->t3->dirty_shutdown = !c->t3->dirty_shutdown;
	return false;
}

/* Every entry: no effects, or (for the effect-free) a reserved bit. */
static void cel_bad_effects(struct cxlmb_sim *s, unsigned ep)
{
	for (uint32_t i = 0; i + CXLMB_CEL_ENTRY_LEN <= s->cel[ep].len; i += CXLMB_CEL_ENTRY_LEN) {
		uint8_t *e = s->cel[ep].bytes + i + 2;
		bool none = !e[0] && !e[1];
		e[0] = 0;
		e[1] = none ? 0x80 : 0; /* bit 15: reserved */
	}
}

/* Capability array version 0; Device Status oversized over the mailbox;
 * a mailbox area too small for its payload; Memory Device Status listed
 * as a second Device Status; media in error. */
static uint64_t bad_registers(const struct cxlmb_sim *s, uint32_t off, uint64_t v)
{
	(void)s;
	switch (off) {
	case 0x00: return v & ~0xFF0000ull;
	case 0x18: return 0x10000;
	case 0x28: return CXLMB_MBOX_PAYLOAD;
	case 0x30: return (v & ~0xFFFFull) | 0x0001;
	case CXLMB_SIM_MEMDEV_STATUS_OFF: return (v & ~0xCull) | 0x8;
	default: return v;
	}
}

static bool bg_no_busy(const struct cxlmb_sim *s, unsigned r)
{
	(void)s;
	return r == SIM_RULE_BUSY;
}

static bool abort_anything(const struct cxlmb_sim *s, unsigned r)
{
	(void)s;
	return r == SIM_RULE_ABORT_CEL;
}

/* Answer Success for op without running it. */
static bool ignore_op(uint16_t opcode, uint16_t op, uint16_t *rc)
{
	if (opcode != op)
		return false;
	*rc = CXLMB_RC_SUCCESS;
	return true;
}

static bool event_clear_ignored(const struct sim_ctx *c, uint16_t opcode, void *req, uint16_t *rc)
{
	(void)c;
	(void)req;
	return ignore_op(opcode, 0x0101, rc);
}

static bool poison_clear_noop(const struct sim_ctx *c, uint16_t opcode, void *req, uint16_t *rc)
{
	(void)c;
	(void)req;
	return ignore_op(opcode, 0x4302, rc);
}

static bool timestamp_ignored(const struct sim_ctx *c, uint16_t opcode, void *req, uint16_t *rc)
{
	(void)c;
	(void)req;
	return ignore_op(opcode, 0x0301, rc);
}

static bool bind_no_effect(const struct sim_ctx *c, uint16_t opcode, void *req, uint16_t *rc)
{
	(void)c;
	(void)req;
	return ignore_op(opcode, 0x5201, rc);
}

static bool dc_release_ignored(const struct sim_ctx *c, uint16_t opcode, void *req, uint16_t *rc)
{
	(void)c;
	(void)req;
	return ignore_op(opcode, 0x4803, rc);
}

/* Overflow never flagged (flags b0, count); every Event Status bit set. */
static void event_log_encode(const struct cxlmb_sim *s, const struct cxlmb_cmd *c, uint8_t *out,
			     size_t n)
{
	(void)s;
	if (c->opcode == 0x0100 && n >= 4) {
		out[0] &= (uint8_t)~1u;
		out[2] = out[3] = 0;
	}
}

static uint64_t event_log_status(const struct cxlmb_sim *s, uint32_t off, uint64_t v)
{
	(void)s;
	return off == CXLMB_SIM_DEV_STATUS_OFF ? v | 0x1F : v;
}

/* The request carries whatever passphrase the device holds. */
static bool passphrase_any(const struct sim_ctx *c, uint16_t opcode, void *req, uint16_t *rc)
{
	(void)rc;
	if (!c->t3)
		return false;
	if (opcode == 0x4502 || opcode == 0x4505) {
		struct cxlmb_passphrase_req *q = req;
		memcpy(q->passphrase, q->type == 0 ? c->t3->sec.master : c->t3->sec.user, 32);
	} else if (opcode == 0x4503) {
		memcpy(((struct cxlmb_unlock_req *)req)->passphrase, c->t3->sec.user, 32);
	} else if (opcode == 0x4501) {
		struct cxlmb_set_passphrase_req *q = req;
		memcpy(q->current, q->type == 0 ? c->t3->sec.master : c->t3->sec.user, 32);
	}
	return false;
}

/* Every later part is "the next one", even with no transfer open. */
static bool fw_any_order(const struct sim_ctx *c, uint16_t opcode, void *req, uint16_t *rc)
{
	struct cxlmb_transfer_fw_req *q = req;
	(void)rc;
	if (opcode == 0x0201 && c->t3 &&
	    (q->action == CXLMB_FW_CONTINUE || q->action == CXLMB_FW_END)) {
		c->t3->fw.xfer = 1;
		q->offset = c->t3->fw.xfer_next;
	}
	return false;
}

/* Later parts are "the next one"; a first part's scrub cycle (byte 0 of
 * patrol scrub control) takes effect before the transfer finishes. */
static bool feature_any_order(const struct sim_ctx *c, uint16_t opcode, void *req, uint16_t *rc)
{
	struct cxlmb_set_feature_req *q = req;
	(void)rc;
	if (opcode != 0x0502 || !c->t3)
		return false;
	if ((q->transfer == 2 || q->transfer == 3) && c->t3->scrub.xfer)
		q->offset = c->t3->scrub.xfer_next;
	if (q->transfer == 1 && q->offset == 0 && q->data.len && q->data.data[0] >= 1)
		c->t3->scrub.cycle = q->data.data[0];
	return false;
}

static bool tunnel_sloppy(const struct cxlmb_sim *s, unsigned r)
{
	(void)s;
	return r == SIM_RULE_TUNNEL_TARGET || r == SIM_RULE_TUNNEL_TAG;
}

/* Identify: message size 2^7; Get FW Info: no active slot; Identify
 * Memory Device: a total one unit larger than its parts allow, and one
 * byte more label storage than there is. */
static void bad_identity(const struct cxlmb_sim *s, const struct cxlmb_cmd *c, uint8_t *out,
			 size_t n)
{
	(void)s;
	if (c->opcode == 0x0001 && n > 0x10)
		out[0x10] = 7;
	else if (c->opcode == 0x0200 && n > 1)
		out[1] &= (uint8_t)~7u;
	else if (c->opcode == 0x4000 && n > 0x38) {
		out[0x10] = (uint8_t)(out[0x10] + 1);
		out[0x38] = (uint8_t)(out[0x38] + 1);
	}
}

/* Identify Switch: one port and one bound vPPB too many; Get LD
 * Allocations: one LD too many. */
static void fm_inconsistent(const struct cxlmb_sim *s, const struct cxlmb_cmd *c, uint8_t *out,
			    size_t n)
{
	(void)s;
	if (c->opcode == 0x5100 && n > 0x46) {
		out[2] = (uint8_t)(out[2] + 1);
		out[0x46] = (uint8_t)(out[0x44] + 1); /* more bound than there are */
	} else if (c->opcode == 0x5401 && n > 0) {
		out[0] = (uint8_t)(out[0] + 1);
	}
}

static bool get_log_sloppy(const struct sim_ctx *c, uint16_t opcode, void *req, uint16_t *rc)
{
	(void)c;
	(void)rc;
	if (opcode == 0x0401)
		((struct cxlmb_get_log_req *)req)->offset = 0;
	return false;
}

static const struct sim_quirk_hooks hooks[CXLMB_SIM_QUIRK_COUNT] = {
	[CXLMB_SIM_QB_STUCK_DOORBELL] = { .doorbell = stuck_doorbell },
	[CXLMB_SIM_QB_OUTPUT_OVERFLOW] = { .answer = output_overflow },
	[CXLMB_SIM_QB_FORCE_RC] = { .execute = force_rc },
	[CXLMB_SIM_QB_BG_NEVER_COMPLETES] = { .bg_progress = bg_never_completes },
	[CXLMB_SIM_QB_IGNORE_ABORT] = { .abort = ignore_abort },
	[CXLMB_SIM_QB_NOT_READY] = { .reg_read = not_ready },
	[CXLMB_SIM_QB_DOORBELL_EARLY] = { .doorbell = doorbell_early },
	[CXLMB_SIM_QB_CEL_MISSING] = { .log_hidden = cel_missing },
	[CXLMB_SIM_QB_CEL_EXTRA] = { .cel = cel_extra },
	[CXLMB_SIM_QB_CORRUPT_RESERVED] = { .encode = corrupt_reserved },
	[CXLMB_SIM_QB_EARLY_ANSWER] = { .answer = early_answer },
	[CXLMB_SIM_QB_LAX_LENGTH] = { .breaks = lax_length },
	[CXLMB_SIM_QB_ERROR_OUTPUT] = { .answer = error_output, .breaks = error_output_rule },
	[CXLMB_SIM_QB_LAX_BOUNDS] = { .after = lax_bounds, .encode = lax_bounds_ports },
	[CXLMB_SIM_QB_READ_HAS_EFFECT] = { .before = read_has_effect },
	[CXLMB_SIM_QB_CEL_BAD_EFFECTS] = { .cel = cel_bad_effects },
	[CXLMB_SIM_QB_BAD_REGISTERS] = { .reg_read = bad_registers },
	[CXLMB_SIM_QB_BG_NO_BUSY] = { .breaks = bg_no_busy },
	[CXLMB_SIM_QB_ABORT_ANYTHING] = { .breaks = abort_anything },
	[CXLMB_SIM_QB_EVENT_CLEAR_IGNORED] = { .before = event_clear_ignored },
	[CXLMB_SIM_QB_EVENT_LOG_SLOPPY] = { .encode = event_log_encode, .reg_read = event_log_status },
	[CXLMB_SIM_QB_POISON_CLEAR_NOOP] = { .before = poison_clear_noop },
	[CXLMB_SIM_QB_PASSPHRASE_ANY] = { .before = passphrase_any },
	[CXLMB_SIM_QB_FW_ANY_ORDER] = { .before = fw_any_order },
	[CXLMB_SIM_QB_TIMESTAMP_IGNORED] = { .before = timestamp_ignored },
	[CXLMB_SIM_QB_FEATURE_ANY_ORDER] = { .before = feature_any_order },
	[CXLMB_SIM_QB_BIND_NO_EFFECT] = { .before = bind_no_effect },
	[CXLMB_SIM_QB_TUNNEL_SLOPPY] = { .breaks = tunnel_sloppy },
	[CXLMB_SIM_QB_BAD_IDENTITY] = { .encode = bad_identity },
	[CXLMB_SIM_QB_FM_INCONSISTENT] = { .encode = fm_inconsistent },
	[CXLMB_SIM_QB_GET_LOG_SLOPPY] = { .before = get_log_sloppy },
	[CXLMB_SIM_QB_DC_RELEASE_IGNORED] = { .before = dc_release_ignored },
};

/* ---- the hook points: every enabled quirk's hook, in bit order ---- */

#define EACH_HOOK(s, point) \
	for (unsigned b_ = 0; b_ < CXLMB_SIM_QUIRK_COUNT; b_++) \
		if (((s)->cfg.quirks >> b_ & 1u) && hooks[b_].point)
#define HOOK(point) hooks[b_].point

enum sim_doorbell cxlmb_sim_q_doorbell_slow(struct cxlmb_sim *s)
{
	EACH_HOOK(s, doorbell)
	{
		enum sim_doorbell d = HOOK(doorbell)(s);
		if (d != SIM_DOORBELL_RUN)
			return d;
	}
	return SIM_DOORBELL_RUN;
}

bool cxlmb_sim_q_execute_slow(struct cxlmb_sim *s, uint16_t opcode, uint16_t *rc)
{
	EACH_HOOK(s, execute)
		if (HOOK(execute)(s, opcode, rc))
			return true;
	return false;
}

void cxlmb_sim_q_answer_slow(struct cxlmb_sim *s, uint16_t rc, uint8_t *payload, uint32_t *out_len)
{
	EACH_HOOK(s, answer)
		HOOK(answer)(s, rc, payload, out_len);
}

bool cxlmb_sim_q_breaks_slow(const struct cxlmb_sim *s, unsigned r)
{
	EACH_HOOK(s, breaks)
		if (HOOK(breaks)(s, r))
			return true;
	return false;
}

bool cxlmb_sim_q_before_slow(const struct sim_ctx *c, uint16_t opcode, void *req, uint16_t *rc)
{
	EACH_HOOK(c->s, before)
		if (HOOK(before)(c, opcode, req, rc))
			return true;
	return false;
}

void cxlmb_sim_q_after_slow(const struct sim_ctx *c, const struct cxlmb_cmd *cmd, void *rsp,
			    uint16_t *rc)
{
	EACH_HOOK(c->s, after)
		HOOK(after)(c, cmd, rsp, rc);
}

void cxlmb_sim_q_encode_slow(const struct cxlmb_sim *s, const struct cxlmb_cmd *c, uint8_t *out,
			     size_t n)
{
	EACH_HOOK(s, encode)
		HOOK(encode)(s, c, out, n);
}

uint64_t cxlmb_sim_q_reg_read_slow(const struct cxlmb_sim *s, uint32_t off, uint64_t v)
{
	EACH_HOOK(s, reg_read)
		v = HOOK(reg_read)(s, off, v);
	return v;
}

bool cxlmb_sim_q_bg_progress_slow(const struct cxlmb_sim *s, struct cxlmb_sim_bg *bg,
				  uint64_t elapsed)
{
	EACH_HOOK(s, bg_progress)
		if (HOOK(bg_progress)(s, bg, elapsed))
			return true;
	return false;
}

bool cxlmb_sim_q_abort_slow(const struct cxlmb_sim *s)
{
	EACH_HOOK(s, abort)
		if (HOOK(abort)(s))
			return true;
	return false;
}

bool cxlmb_sim_q_log_hidden_slow(const struct cxlmb_sim *s, const uint8_t uuid[16])
{
	EACH_HOOK(s, log_hidden)
		if (HOOK(log_hidden)(s, uuid))
			return true;
	return false;
}

void cxlmb_sim_q_cel_slow(struct cxlmb_sim *s, unsigned ep)
{
	EACH_HOOK(s, cel)
		HOOK(cel)(s, ep);
}
