/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The simulated device's command engine: table-driven dispatch over the
 * catalog, answering with the core's own encoders, at any endpoint.
 * Background operations run in sim_bg.c. */
#include <string.h>

#include "le.h" /* the core's little-endian helpers: one set for both */
#include "cxlmb/rc_list.h"
#include "sim_internal.h"

/* ---- endpoints and their handler tables ---- */

static const struct sim_cmd *ep_table(unsigned ep, size_t *n)
{
	switch (ep) {
	case CXLMB_SIM_EP_SWITCH:
		*n = cxlmb_sim_switch_ncmds;
		return cxlmb_sim_switch_cmds;
	case CXLMB_SIM_EP_FMLD:
		*n = cxlmb_sim_fmld_ncmds;
		return cxlmb_sim_fmld_cmds;
	case CXLMB_SIM_EP_LDPOOL:
		*n = cxlmb_sim_ldpool_ncmds;
		return cxlmb_sim_ldpool_cmds;
	default:
		*n = cxlmb_sim_type3_ncmds;
		return cxlmb_sim_type3_cmds;
	}
}

size_t cxlmb_sim_ep_command_count(unsigned ep)
{
	size_t n;
	ep_table(ep, &n);
	return n;
}

uint16_t cxlmb_sim_ep_command_at(unsigned ep, size_t i)
{
	size_t n;
	const struct sim_cmd *t = ep_table(ep, &n);
	return i < n ? t[i].opcode : 0;
}

size_t cxlmb_sim_command_count(void)
{
	return cxlmb_sim_ep_command_count(CXLMB_SIM_EP_TYPE3);
}

uint16_t cxlmb_sim_command_at(size_t i)
{
	return cxlmb_sim_ep_command_at(CXLMB_SIM_EP_TYPE3, i);
}

/* The binary search below trusts each table: ascending, no opcode twice,
 * a handler for each, and every opcode one the catalog describes (its
 * layouts decode the request and encode the answer). */
const char *cxlmb_sim_table_check(const struct sim_cmd *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (!t[i].fn)
			return "a table entry without a handler";
		if (!cxlmb_cmd_find(t[i].opcode))
			return "an opcode the catalog does not describe";
		if (i && t[i - 1].opcode == t[i].opcode)
			return "an opcode listed twice";
		if (i && t[i - 1].opcode > t[i].opcode)
			return "opcodes out of ascending order";
	}
	return NULL;
}

const char *cxlmb_sim_tables_check(void)
{
	const char *why;
	for (unsigned ep = 0; ep < CXLMB_SIM_EP_COUNT; ep++) {
		size_t n;
		const struct sim_cmd *t = ep_table(ep, &n);
		if ((why = cxlmb_sim_table_check(t, n)) != NULL)
			return why;
	}
	return NULL;
}

static sim_handler find_handler(unsigned ep, uint16_t opcode)
{
	size_t n, lo = 0, hi;
	const struct sim_cmd *t = ep_table(ep, &n);

	hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (t[mid].opcode == opcode)
			return t[mid].fn;
		if (t[mid].opcode < opcode)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Each endpoint's CEL, from what it implements, with the catalog's effects. */
void cxlmb_sim_build_logs(struct cxlmb_sim *s)
{
	for (unsigned ep = 0; ep < CXLMB_SIM_EP_COUNT; ep++) {
		struct cxlmb_supported_log_entry e;
		size_t n = 0;

		s->cel[ep].len = 0;
		for (size_t i = 0; i < cxlmb_sim_ep_command_count(ep); i++) {
			uint16_t op = cxlmb_sim_ep_command_at(ep, i);
			const struct cxlmb_cmd *c = cxlmb_cmd_find(op);
			struct cxlmb_cel_entry ce = { op, c ? c->effects : 0 };
			if (s->cel[ep].len + CXLMB_CEL_ENTRY_LEN > sizeof(s->cel[ep].bytes))
				break;
			if (cxlmb_cel_entry_encode(&ce, s->cel[ep].bytes + s->cel[ep].len,
						   CXLMB_CEL_ENTRY_LEN, &n) == 0)
				s->cel[ep].len += (uint32_t)n;
		}
		cxlmb_sim_q_cel(s, ep);
		memcpy(e.uuid, cxlmb_uuid_cel, 16);
		e.size = s->cel[ep].len;
		cxlmb_supported_log_entry_encode(&e, s->cel[ep].log_entry, sizeof(s->cel[ep].log_entry), &n);
	}
}


/* A request of the wrong length: Invalid Payload Length, unless the
 * command's Possible Command Return Codes name only Invalid Input (e.g.
 * Get Dynamic Capacity Configuration, r3.2 §8.2.10.9.9.1). */
static uint16_t length_error(uint16_t opcode)
{
	const struct cxlmb_rc_list *row = cxlmb_rc_list_find(opcode);
	if (row && !cxlmb_rc_listed(row, CXLMB_RC_INVALID_PAYLOAD_LEN) &&
	    cxlmb_rc_listed(row, CXLMB_RC_INVALID_INPUT))
		return CXLMB_RC_INVALID_INPUT;
	return CXLMB_RC_INVALID_PAYLOAD_LEN;
}

uint16_t cxlmb_sim_run_at(const struct sim_ctx *ctx, uint16_t opcode, const uint8_t *in,
			  uint32_t in_len, uint8_t *out, uint32_t out_cap, uint32_t *out_len)
{
	_Alignas(8) uint8_t req[CXLMB_CMD_STRUCT_MAX];
	_Alignas(8) uint8_t rsp[CXLMB_CMD_STRUCT_MAX];
	const struct cxlmb_cmd *c = cxlmb_cmd_find(opcode);
	sim_handler fn = find_handler(ctx->ep, opcode);
	uint8_t padded[256]; /* LAX_LENGTH: a short request, zero-filled */
	size_t n = 0;
	uint16_t rc;

	*out_len = 0;
	if (!c || !fn)
		return CXLMB_RC_UNSUPPORTED;
	if (cxlmb_cmd_check_len(c, CXLMB_REQ, in_len)) {
		if (!cxlmb_sim_q_breaks(ctx->s, SIM_RULE_LENGTH))
			return length_error(opcode);
		uint32_t mn = cxlmb_cmd_min_len(c, CXLMB_REQ), mx = cxlmb_cmd_max_len(c, CXLMB_REQ);
		if (in_len < mn && mn <= sizeof(padded)) {
			memset(padded, 0, mn);
			memcpy(padded, in, in_len);
			in = padded;
			in_len = mn;
		} else if (in_len > mx) {
			in_len = mx;
		}
	}
	/* SHALLOW: a tunnel's embedded request is the target's to judge (the
	 * handler checks its header and delivers it), not this level's */
	if (cxlmb_cmd_decode(c, CXLMB_REQ, in, in_len, CXLMB_STRICT | CXLMB_SHALLOW, req))
		return CXLMB_RC_INVALID_INPUT;
	if (cxlmb_sim_q_before(ctx, opcode, req, &rc))
		return rc;
	if ((c->flags & CXLMB_CMD_BG) && ctx->bg->running) {
		if (!cxlmb_sim_q_breaks(ctx->s, SIM_RULE_BUSY))
			return CXLMB_RC_BUSY;
		/* bg-no-busy: the running operation is dropped for this one */
		cxlmb_sim_bg_abandon(ctx);
	}
	memset(rsp, 0, cxlmb_cmd_struct_size(c, CXLMB_RSP));
	rc = fn(ctx, req, rsp);
	cxlmb_sim_q_after(ctx, c, rsp, &rc);
	/* response views never point into the request: encoding may overwrite it */
	if ((rc != CXLMB_RC_SUCCESS && rc != CXLMB_RC_BACKGROUND) ||
	    cxlmb_cmd_max_len(c, CXLMB_RSP) == 0)
		return rc;
	if (opcode == CXLMB_OPCODE_TUNNEL) {
		/* a tunnel relays its target's answer as it came (r3.2 Table 7-38):
		 * this level writes its own header, and never judges the embedded
		 * message (the encoder would, and refuse a quirk's sloppy answer) */
		const struct cxlmb_tunnel_rsp *t = (const void *)rsp;
		if (cxlmb_schema_encode(&cxlmb_tunnel_rsp_hdr_schema, t, out, out_cap, &n) ||
		    t->message.len > out_cap - n)
			return CXLMB_RC_INTERNAL;
		if (t->message.len)
			memcpy(out + n, t->message.data, t->message.len);
		n += t->message.len;
	} else if (cxlmb_cmd_encode(c, CXLMB_RSP, rsp, out, out_cap, &n)) {
		return CXLMB_RC_INTERNAL;
	}
	*out_len = (uint32_t)n;
	cxlmb_sim_q_encode(ctx->s, c, out, n);
	return rc;
}

/* The endpoint as the mailbox would reach it: its first device, the first
 * MLD's (or MHD head's) FM-owned LD CCI, the multi-headed device's LD Pool. */
uint16_t cxlmb_sim_run(struct cxlmb_sim *s, unsigned ep, uint16_t opcode, const uint8_t *in,
		       uint32_t in_len, uint8_t *out, uint32_t out_cap, uint32_t *out_len)
{
	struct sim_ctx c = { .s = s, .ep = ep, .bg = &s->sw_bg };
	*out_len = 0;
	if (ep >= CXLMB_SIM_EP_COUNT)
		return CXLMB_RC_UNSUPPORTED;
	if (ep == CXLMB_SIM_EP_TYPE3) {
		c = cxlmb_sim_t3_ctx(s, 0, 0);
	} else if (ep != CXLMB_SIM_EP_SWITCH) {
		unsigned p = 0;
		while (p < s->nports && !(ep == CXLMB_SIM_EP_FMLD ? cxlmb_sim_port_has_lds(&s->port[p])
								   : s->port[p].kind == CXLMB_SIM_PORT_MHD))
			p++;
		if (p == s->nports)
			return CXLMB_RC_UNSUPPORTED; /* no such device: no such CCI */
		struct sim_ctx head = cxlmb_sim_fmld_ctx(s, p, 0);
		c = head;
		if (ep == CXLMB_SIM_EP_LDPOOL && !cxlmb_sim_route(&head, 1, 0, &c))
			return CXLMB_RC_UNSUPPORTED;
		c.depth = 0;
	}
	return cxlmb_sim_run_at(&c, opcode, in, in_len, out, out_cap, out_len);
}

/* The doorbell handler: the mailbox is the root endpoint. */
static void execute_now(struct cxlmb_sim *s);

void cxlmb_sim_execute(struct cxlmb_sim *s)
{
	switch (cxlmb_sim_q_doorbell(s)) {
	case SIM_DOORBELL_IGNORE:
		return;
	case SIM_DOORBELL_DEFER:
		/* the doorbell drops now; status and output appear 1 ms later */
		s->pending_at = s->now_ns + 1000000;
		s->regs[CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_CTRL] &= (uint8_t)~CXLMB_MBOX_CTRL_DOORBELL;
		return;
	default:
		execute_now(s);
	}
}

void cxlmb_sim_poll_pending(struct cxlmb_sim *s)
{
	if (s->pending_at && s->now_ns >= s->pending_at) {
		s->pending_at = 0;
		execute_now(s);
	}
}

static void execute_now(struct cxlmb_sim *s)
{
	uint8_t *mb = s->regs + CXLMB_SIM_MBOX_OFF;
	uint64_t cmd = cxlmb_get_le64(mb + CXLMB_MBOX_CMD);
	uint16_t opcode = (uint16_t)(cmd & CXLMB_MBOX_CMD_OPCODE_MASK), rc;
	uint32_t len = (uint32_t)((cmd >> CXLMB_MBOX_CMD_LEN_SHIFT) & CXLMB_MBOX_CMD_LEN_MASK);
	uint32_t out_len = 0;
	struct sim_ctx c = cxlmb_sim_root_ctx(s);

	s->commands++;
	cxlmb_sim_bg_tick(s);
	if (cxlmb_sim_q_execute(s, opcode, &rc))
		out_len = 0; /* a quirk answered */
	else if (len > s->payload_size)
		rc = CXLMB_RC_INVALID_PAYLOAD_LEN;
	else
		rc = cxlmb_sim_run_at(&c, opcode, mb + CXLMB_MBOX_PAYLOAD, len, mb + CXLMB_MBOX_PAYLOAD,
				      s->payload_size, &out_len);
	if (out_len > s->payload_dirty)
		s->payload_dirty = out_len;
	cxlmb_sim_q_answer(s, rc, mb + CXLMB_MBOX_PAYLOAD, &out_len);
	cxlmb_put_le64(mb + CXLMB_MBOX_STATUS, (uint64_t)rc << 32 | (cxlmb_sim_root_bg(s)->running ? CXLMB_MBOX_STATUS_BG : 0));
	cxlmb_put_le64(mb + CXLMB_MBOX_CMD, opcode | (uint64_t)out_len << CXLMB_MBOX_CMD_LEN_SHIFT);
	mb[CXLMB_MBOX_CTRL] &= (uint8_t)~CXLMB_MBOX_CTRL_DOORBELL;
}
