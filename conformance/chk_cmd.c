/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Every command the CEL lists: answered with a documented return code, a
 * response that decodes strictly, no effect where the CEL lists none; and
 * the identity commands' own consistency. */
#include <string.h>

#include "cf_internal.h"

/* A valid request for the commands that need input (the smallest
 * sensible question; 256 MiB ranges fit every memory device). */
struct canned {
	uint16_t op;
	uint8_t len;
	uint8_t req[24];
};
static const struct canned canned[] = {
	{ 0x0100, 1, { 0 } },
	{ 0x0405, 2, { 1, 0 } },
	{ 0x0500, 8, { 0x40, 0, 0, 0, 0, 0, 0, 0 } },
	{ 0x4102, 8, { 0, 0, 0, 0, 16, 0, 0, 0 } },
	{ 0x4300, 16, { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0 } },
	{ 0x4303, 16, { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0 } },
	{ 0x4800, 2, { 8, 0 } },
	{ 0x4801, 8, { 8, 0, 0, 0, 0, 0, 0, 0 } },
	{ 0x5101, 2, { 1, 0 } },
	{ 0x5200, 4, { 0, 8, 1, 0 } },
	{ 0x5401, 2, { 0, 16 } },
	{ 0x5406, 2, { 0, 16 } },
	{ 0x5408, 2, { 0, 16 } },
};

/* The request to send op, or false when this suite has none. */
bool cf_request_for(uint16_t op, const uint8_t **req, size_t *len)
{
	static uint8_t log_req[CXLMB_GET_LOG_REQ_LEN]; /* the CEL's first entry */
	const struct cxlmb_cmd *cmd = cxlmb_cmd_find(op);
	if (op == 0x0401 || op == 0x0402) {
		memcpy(log_req, cxlmb_uuid_cel, 16);
		cf_put32(log_req + 16, 0);
		cf_put32(log_req + 20, CXLMB_CEL_ENTRY_LEN);
		*req = log_req;
		*len = op == 0x0401 ? CXLMB_GET_LOG_REQ_LEN : 16;
		return true;
	}
	for (size_t i = 0; i < CF_N(canned); i++)
		if (canned[i].op == op) {
			*req = canned[i].req;
			*len = canned[i].len;
			return true;
		}
	*req = NULL;
	*len = 0;
	return cmd && !(cmd->flags & CXLMB_CMD_VENDOR) && cxlmb_cmd_min_len(cmd, CXLMB_REQ) == 0;
}

/* Safe to send without --destructive: both the CEL and the specification
 * say it changes nothing. */
static bool effect_free(const struct cf_ctx *c, uint32_t i)
{
	const struct cxlmb_cmd *cmd = cxlmb_cmd_find(c->cel[i].op);
	/* Request Abort lists no effects but stops whatever runs */
	return cmd && !(cmd->flags & CXLMB_CMD_VENDOR) && cmd->effects == 0 && c->cel[i].eff == 0 &&
	       cmd->policy != CXLMB_POL_TUNNEL && c->cel[i].op != CXLMB_OPCODE_REQUEST_ABORT;
}

/* Get Scan Media Results answers Unsupported until a Scan Media has run
 * since the last reset (r3.2 §8.2.10.9.4.6): for it, that is no refusal. */
static bool no_scan_yet(uint16_t op, uint16_t rc)
{
	return op == 0x4305 && rc == CXLMB_RC_UNSUPPORTED;
}

static void c_decode(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	unsigned sent = 0, untested = 0;
	(void)k;
	if (!c->cel_ok) {
		cf_fail(c, "the CEL could not be read");
		return;
	}
	cf_refusals_begin(c);
	for (uint32_t i = 0; i < c->ncel; i++) {
		const uint8_t *req;
		size_t len;
		if (!effect_free(c, i) || !cf_request_for(c->cel[i].op, &req, &len)) {
			untested++;
			continue;
		}
		if (cf_do(c, c->cel[i].op, req, len, &io)) {
			if (c->dead)
				return;
			if (cf_refused(&io))
				continue;
		}
		sent++;
	}
	cf_note(c, "%u commands sent, %u not (effects, or no canned request)", sent, untested);
	cf_refusals_end(c, sent);
}

/* A valid request's return code must be in the command's Possible Command
 * Return Codes (rc_table.c; the fallback for commands without a list is
 * cf_rc_allowed's), and must not refuse the request.  The answer is read
 * leniently: whether it decodes is cmd.responses-decode's question. */
static void c_documented(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	char names[400];
	unsigned answered = 0;
	(void)k;
	if (!c->cel_ok) {
		cf_fail(c, "the CEL could not be read");
		return;
	}
	cf_refusals_begin(c);
	for (uint32_t i = 0; i < c->ncel; i++) {
		const uint8_t *req;
		size_t len;
		uint16_t op = c->cel[i].op;
		const struct cxlmb_rc_list *row = cxlmb_rc_list_find(op);
		if (!effect_free(c, i) || !cf_request_for(op, &req, &len))
			continue;
		if (cf_peek(c, op, req, len, &io)) {
			if (c->dead)
				return;
			continue;
		}
		answered++;
		if (!cf_rc_allowed(op, io.rc)) {
			if (row) {
				cf_rc_names(row->codes, names, sizeof(names));
				cf_fail(c, "%04Xh (a valid request): expected one of %s (%s), got %s "
					   "(%04Xh)", op, names, row->ref, cf_rc_name(io.rc), io.rc);
			} else {
				cf_fail(c, "%04Xh answered a valid request with %s (%04Xh), not a code "
					   "any command's list shares", op, cf_rc_name(io.rc), io.rc);
			}
		} else if ((io.rc == CXLMB_RC_INVALID_INPUT || io.rc == CXLMB_RC_INVALID_PAYLOAD_LEN ||
			    io.rc == CXLMB_RC_UNSUPPORTED) && !no_scan_yet(op, io.rc)) {
			cf_fail(c, "%04Xh rejected a valid request: %s", op, cf_rc_name(io.rc));
		}
	}
	cf_refusals_end(c, answered);
}

static void c_no_effect(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	struct cf_snap before = { 0 };
	unsigned answered = 0;
	(void)k;
	if (!c->cel_ok) {
		cf_fail(c, "the CEL could not be read");
		return;
	}
	cf_refusals_begin(c);
	for (uint32_t i = 0; i < c->ncel && !cf_failed(c); i++) {
		const uint8_t *req;
		size_t len;
		char what[64];
		if (!effect_free(c, i) || !cf_request_for(c->cel[i].op, &req, &len))
			continue;
		if (cf_snap_take(c, &before))
			break;
		if (cf_peek(c, c->cel[i].op, req, len, &io)) { /* decoding: responses-decode */
			if (cf_refused(&io))
				continue;
			break;
		}
		answered++;
		snprintf(what, sizeof(what), "%04Xh (listed with no effects)", c->cel[i].op);
		cf_snap_same(c, &before, what);
	}
	cf_snap_free(&before);
	cf_refusals_end(c, answered);
}

static void c_identify(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	const struct cxlmb_identify_rsp *r = (const void *)io.val;
	(void)k;
	CF_OK(c, 0x0001, NULL, 0, &io, "Identify");
	if (r->max_msg_size < 8 || r->max_msg_size > 20)
		cf_fail(c, "Max Supported Message Size %u, expected 8..20", r->max_msg_size);
	if (c->kind == CF_T_SWITCH && r->component_type != 0x00)
		cf_fail(c, "a switch CCI reports Component Type %02Xh, expected 00h", r->component_type);
	if ((c->kind & CF_T_MEMDEV) && r->component_type != 0x03)
		cf_fail(c, "a memory device reports Component Type %02Xh, expected 03h",
			r->component_type);
	if (r->vendor_id == 0xFFFF || r->vendor_id == 0)
		cf_fail(c, "PCIe Vendor ID %04Xh is not a vendor", r->vendor_id);
}

/* Get Response Message Limit (r3.2 §8.2.10.1.3): 2^n bytes, n 8..20, no
 * more than the message size Identify states. */
static void c_msg_limit(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	uint8_t max, lim;
	(void)k;
	if (cf_need(c, 0x0003))
		return;
	CF_OK(c, 0x0001, NULL, 0, &io, "Identify");
	max = ((const struct cxlmb_identify_rsp *)(const void *)io.val)->max_msg_size;
	CF_OK(c, 0x0003, NULL, 0, &io, "Get Response Message Limit");
	lim = ((const struct cxlmb_rsp_msg_limit *)(const void *)io.val)->limit;
	if (lim < 8 || lim > 20)
		cf_fail(c, "Response Message Limit %u, expected 8..20", lim);
	else if (lim > max)
		cf_fail(c, "Response Message Limit 2^%u exceeds Identify's Max Supported Message Size 2^%u",
			lim, max);
}

static void c_identify_memdev(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	struct cxlmb_identify_memdev_rsp m;
	(void)k;
	if (cf_need(c, 0x4000))
		return;
	CF_OK(c, 0x4000, NULL, 0, &io, "Identify Memory Device");
	memcpy(&m, io.val, sizeof(m));
	if (m.volatile_only_capacity + m.persistent_only_capacity > m.total_capacity)
		cf_fail(c, "volatile-only %llu + persistent-only %llu exceed total capacity %llu",
			(unsigned long long)m.volatile_only_capacity,
			(unsigned long long)m.persistent_only_capacity,
			(unsigned long long)m.total_capacity);
	if (m.partition_align && (m.total_capacity - m.volatile_only_capacity -
				  m.persistent_only_capacity) % m.partition_align)
		cf_fail(c, "the partitionable capacity is not a multiple of the alignment %llu",
			(unsigned long long)m.partition_align);
	if (!m.info_event_log_size || !m.warning_event_log_size || !m.failure_event_log_size ||
	    !m.fatal_event_log_size)
		cf_fail(c, "an event log size is 0");
	if (cf_in_cel(c, 0x4102) && m.lsa_size == 0)
		cf_fail(c, "Get LSA is listed but the LSA size is 0");
	if (cf_in_cel(c, 0x4300) && m.poison_list_max_mer == 0)
		cf_fail(c, "Get Poison List is listed but the list holds 0 records");
	if (cf_in_cel(c, 0x4100)) {
		const struct cxlmb_get_partition_info_rsp *p = (const void *)io.val;
		CF_OK(c, 0x4100, NULL, 0, &io, "Get Partition Info");
		if (p->active_volatile + p->active_persistent != m.total_capacity)
			cf_fail(c, "active volatile %llu + persistent %llu != total capacity %llu",
				(unsigned long long)p->active_volatile,
				(unsigned long long)p->active_persistent,
				(unsigned long long)m.total_capacity);
		if (p->active_volatile < m.volatile_only_capacity)
			cf_fail(c, "active volatile %llu is below the volatile-only capacity %llu",
				(unsigned long long)p->active_volatile,
				(unsigned long long)m.volatile_only_capacity);
	}
}

static void c_fw_info(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	const struct cxlmb_get_fw_info_rsp *r = (const void *)io.val;
	(void)k;
	if (cf_need(c, 0x0200))
		return;
	CF_OK(c, 0x0200, NULL, 0, &io, "Get FW Info");
	if (r->slots_supported < 1 || r->slots_supported > 4)
		cf_fail(c, "FW Slots Supported %u, expected 1..4", r->slots_supported);
	if (r->active_slot < 1 || r->active_slot > r->slots_supported)
		cf_fail(c, "active slot %u is not one of the %u slots", r->active_slot,
			r->slots_supported);
	else if (r->slot_rev[r->active_slot - 1][0] == 0)
		cf_fail(c, "the active slot %u has no revision", r->active_slot);
	if (r->staged_slot > r->slots_supported)
		cf_fail(c, "staged slot %u is not one of the %u slots", r->staged_slot,
			r->slots_supported);
}

/* Every log Get Supported Logs lists reads back at its size. */
static void c_logs_readable(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io, lg;
	struct cxlmb_supported_log_entry e[16];
	uint16_t n = 0;
	(void)k;
	/* which logs there are is discovery; cel.supported-logs-lists-cel judges 0400h */
	if (cf_peek_ok(c, 0x0400, NULL, 0, &io, "Get Supported Logs"))
		return;
	{
		const struct cxlmb_get_supported_logs_rsp *r = (const void *)io.val;
		for (uint16_t i = 0; i < r->count && n < 16; i++)
			if (cxlmb_array_get(&cxlmb_supported_log_entry_schema, &r->entries, i, 0,
					    &e[n]) == 0)
				n++;
	}
	for (uint16_t i = 0; i < n; i++) {
		uint8_t q[CXLMB_GET_LOG_REQ_LEN];
		uint32_t want = e[i].size < c->max_payload ? e[i].size : c->max_payload;
		memcpy(q, e[i].uuid, 16);
		cf_put32(q + 16, 0);
		cf_put32(q + 20, want);
		if (cf_do(c, 0x0401, q, sizeof(q), &lg))
			return;
		if (lg.rc != CXLMB_RC_SUCCESS || lg.len != want)
			cf_fail(c, "log %u (size %u): Get Log(0, %u) answered %s with %zu bytes", i,
				e[i].size, want, cf_rc_name(lg.rc), lg.len);
		if (cf_in_cel(c, 0x0402) && cf_ok(c, 0x0402, e[i].uuid, 16, &lg, "Get Log Capabilities"))
			return;
	}
}

const struct cf_check cf_checks_cmd[] = {
	{ "cmd.responses-decode", "every effect-free CEL command's answer decodes strictly",
	  "r3.2 §8.2.10 (each command's output payload table)", CF_MANDATORY, CF_T_ANY, false,
	  NULL, c_decode, 0 },
	{ "cmd.documented-rc", "valid requests get Success or a documented return code",
	  "r3.2 Table 8-34 and each command's Possible Command Return Codes", CF_MANDATORY,
	  CF_T_ANY, false, NULL, c_documented, 0 },
	{ "cmd.no-effect-leaves-state", "a command the CEL lists with no effects changes nothing",
	  "r3.2 §8.2.10.5.2.1, Table 8-75", CF_MANDATORY, CF_T_ANY, false, NULL, c_no_effect, 0 },
	{ "cmd.identify", "Identify: message size 8..20, component type matches the target",
	  "r3.2 §8.2.10.1.1, Table 8-39", CF_MANDATORY, CF_T_ANY, false, NULL, c_identify, 0 },
	{ "cmd.rsp-msg-limit", "Get Response Message Limit: 8..20, within Identify's message size",
	  "r3.2 §8.2.10.1.3, Table 8-39", CF_MANDATORY, CF_T_ANY, false, NULL, c_msg_limit, 0 },
	{ "cmd.identify-memdev", "Identify Memory Device capacities agree with each other and the CEL",
	  "r3.2 §8.2.10.9.1.1, Table 8-127; §8.2.10.9.2.1", CF_MANDATORY, CF_T_MEMDEV, false, NULL,
	  c_identify_memdev, 0 },
	{ "cmd.fw-info", "Get FW Info: slot count, active and staged slots in range",
	  "r3.2 §8.2.10.3.1, Table 8-58", CF_MANDATORY, CF_T_MEMDEV, false, NULL, c_fw_info, 0 },
	{ "cmd.logs-readable", "every supported log reads back at its stated size",
	  "r3.2 §8.2.10.5.1, §8.2.10.5.2", CF_MANDATORY, CF_T_ANY, false, NULL, c_logs_readable, 0 },
};
const size_t cf_nchecks_cmd = CF_N(cf_checks_cmd);
