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

static void early_answer(struct cxlmb_sim *s, uint8_t *payload, uint32_t *out_len)
{
	/* the data has not landed yet */
	memset(payload, 0, *out_len < s->payload_size ? *out_len : s->payload_size);
}

static void output_overflow(struct cxlmb_sim *s, uint8_t *payload, uint32_t *out_len)
{
	(void)payload;
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
		uint32_t bit, byte = 0;
		if (f->kind != CXLMB_F_RSVD || (f->flags & CXLMB_FF_AFTER))
			continue;
		bit = f->lim ? (f->lim & (~f->lim + 1)) : 1;
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

void cxlmb_sim_q_answer_slow(struct cxlmb_sim *s, uint8_t *payload, uint32_t *out_len)
{
	EACH_HOOK(s, answer)
		HOOK(answer)(s, payload, out_len);
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
