/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The Command Effects Log and what the device does (CXL r3.2 §8.2.10.5):
 * the log itself, and the whole 16-bit opcode space against it. */
#include <string.h>

#include "cf_internal.h"

static void c_lists_cel(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	const struct cxlmb_get_supported_logs_rsp *r = (const void *)io.val;
	unsigned cels = 0;
	(void)k;
	CF_OK(c, 0x0400, NULL, 0, &io, "Get Supported Logs");
	for (uint16_t i = 0; i < r->count; i++) {
		struct cxlmb_supported_log_entry e;
		if (cxlmb_array_get(&cxlmb_supported_log_entry_schema, &r->entries, i, 0, &e))
			break;
		if (memcmp(e.uuid, cxlmb_uuid_cel, 16))
			continue;
		cels++;
		if (e.size == 0 || e.size % CXLMB_CEL_ENTRY_LEN)
			cf_fail(c, "CEL size %u is not a non-zero multiple of 4", e.size);
	}
	if (cels != 1)
		cf_fail(c, "Get Supported Logs lists the CEL %u times, expected once", cels);
}

/* The CEL's size as Get Supported Logs states it (0 when absent): read
 * leniently, the checks using it judge Get Log. */
static int cel_size(struct cf_ctx *c, struct cf_io *io, uint32_t *size)
{
	const struct cxlmb_get_supported_logs_rsp *r = (const void *)io->val;
	*size = 0;
	if (cf_peek_ok(c, 0x0400, NULL, 0, io, "Get Supported Logs"))
		return -1;
	for (uint16_t i = 0; i < r->count; i++) {
		struct cxlmb_supported_log_entry e;
		if (cxlmb_array_get(&cxlmb_supported_log_entry_schema, &r->entries, i, 0, &e) == 0 &&
		    !memcmp(e.uuid, cxlmb_uuid_cel, 16))
			*size = e.size;
	}
	if (!*size) {
		cf_fail(c, "the device lists no CEL");
		return -1;
	}
	return 0;
}

static int get_log(struct cf_ctx *c, const uint8_t uuid[16], uint32_t off, uint32_t len,
		   struct cf_io *io)
{
	uint8_t q[CXLMB_GET_LOG_REQ_LEN];
	memcpy(q, uuid, 16);
	cf_put32(q + 16, off);
	cf_put32(q + 20, len);
	return cf_do(c, 0x0401, q, sizeof(q), io);
}

static void c_read_whole(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	uint32_t size, n;
	int err;
	(void)k;
	if (cel_size(c, &io, &size))
		return;
	if (size > c->max_payload) {
		cf_skip(c, "the CEL (%u bytes) is larger than one response here", size);
		return;
	}
	if (get_log(c, cxlmb_uuid_cel, 0, size, &io))
		return;
	if (io.rc != CXLMB_RC_SUCCESS) {
		cf_fail(c, "Get Log(CEL, 0, %u): expected Success, got %s", size, cf_rc_name(io.rc));
		return;
	}
	if (io.len != size)
		cf_fail(c, "Get Log(CEL, 0, %u) returned %zu bytes", size, io.len);
	if ((err = cxlmb_cel_validate(io.buf, io.len, CXLMB_STRICT, &n)) != 0)
		cf_fail(c, "the CEL does not validate strictly: %s", cxlmb_strerror(err));
}

static void c_read_parts(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io whole, part;
	uint32_t size;
	uint8_t cat[4096];
	size_t got = 0;
	(void)k;
	if (cel_size(c, &whole, &size))
		return;
	if (size > c->max_payload || size > sizeof(cat)) {
		cf_skip(c, "the CEL (%u bytes) is larger than one response here", size);
		return;
	}
	if (get_log(c, cxlmb_uuid_cel, 0, size, &whole))
		return;
	if (whole.rc != CXLMB_RC_SUCCESS) {
		cf_fail(c, "Get Log(CEL): %s", cf_rc_name(whole.rc));
		return;
	}
	/* odd-sized pieces that start inside entries */
	for (uint32_t off = 0; off < size;) {
		uint32_t n = size - off < 7 ? size - off : 7;
		if (get_log(c, cxlmb_uuid_cel, off, n, &part))
			return;
		if (part.rc != CXLMB_RC_SUCCESS || part.len != n) {
			cf_fail(c, "Get Log(CEL, %u, %u): %s with %zu bytes", off, n, cf_rc_name(part.rc),
				part.len);
			return;
		}
		memcpy(cat + got, part.buf, n);
		got += n;
		off += n;
	}
	cf_expect_bytes(c, "the CEL read in 7-byte pieces vs whole", whole.buf, whole.len, cat, got);
}

static void c_no_dups(struct cf_ctx *c, const struct cf_check *k)
{
	(void)k;
	if (!c->cel_ok) {
		cf_fail(c, "the CEL could not be read");
		return;
	}
	for (uint32_t i = 0; i < c->ncel; i++)
		for (uint32_t j = i + 1; j < c->ncel; j++)
			if (c->cel[i].op == c->cel[j].op) {
				cf_fail(c, "%04Xh is listed twice (entries %u and %u)", c->cel[i].op, i, j);
				return;
			}
}

/* Commands every CCI implements, and those a memory device or switch CCI
 * must (r3.2 Table 8-37, Table 8-126, Table 7-71): only the ones whose
 * absence leaves software unable to manage the device. */
static void c_mandatory(struct cf_ctx *c, const struct cf_check *k)
{
	static const uint16_t any[] = { 0x0001, 0x0400, 0x0401 };
	static const uint16_t memdev[] = { 0x0100, 0x0101, 0x4000, 0x4200 };
	static const uint16_t sw[] = { 0x5100, 0x5101, 0x5200 };
	(void)k;
	for (size_t i = 0; i < CF_N(any); i++)
		if (!cf_in_cel(c, any[i]))
			cf_fail(c, "%04Xh (%s) is mandatory but not in the CEL", any[i],
				cxlmb_cmd_find(any[i])->name);
	if (c->kind & CF_T_MEMDEV)
		for (size_t i = 0; i < CF_N(memdev); i++)
			if (!cf_in_cel(c, memdev[i]))
				cf_fail(c, "%04Xh (%s) is mandatory for a memory device but not in the CEL",
					memdev[i], cxlmb_cmd_find(memdev[i])->name);
	if (c->kind == CF_T_SWITCH)
		for (size_t i = 0; i < CF_N(sw); i++)
			if (!cf_in_cel(c, sw[i]))
				cf_fail(c, "%04Xh (%s) is mandatory for a switch CCI but not in the CEL",
					sw[i], cxlmb_cmd_find(sw[i])->name);
}

/* Would an empty request run a command that changes something?  Such
 * commands are never probed with one, destructive or not: the question is
 * only "implemented or not", and Sanitize is not the way to ask it. */
static bool risky_empty(const struct cf_ctx *c, uint16_t op)
{
	const struct cxlmb_cmd *cmd = cxlmb_cmd_find(op);
	if (op == CXLMB_OPCODE_REQUEST_ABORT)
		return false; /* with nothing running it does nothing */
	if (!cmd || (cmd->flags & CXLMB_CMD_VENDOR))
		return op >= 0xC000; /* vendor: effects unknown */
	return cxlmb_cmd_min_len(cmd, CXLMB_REQ) == 0 &&
	       (cmd->effects != 0 || cf_cel_effects(c, op) != 0);
}

static void c_sweep(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	unsigned bad = 0, skipped = 0, answered = 0;
	(void)k;
	if (!c->cel_ok) {
		cf_fail(c, "the CEL could not be read");
		return;
	}
	cf_refusals_begin(c);
	for (uint32_t op = 0; op <= 0xFFFF; op++) {
		if (cf_in_cel(c, (uint16_t)op))
			continue;
		if (risky_empty(c, (uint16_t)op)) {
			skipped++;
			continue;
		}
		if (cf_do(c, (uint16_t)op, NULL, 0, &io)) {
			if (c->dead)
				return;
			if (cf_refused(&io))
				continue;
			/* an answer that does not decode to an unlisted opcode is an answer */
			c->outcome = CF_FAIL;
			bad++;
			continue;
		}
		answered++;
		if (io.rc != CXLMB_RC_UNSUPPORTED) {
			if (bad < 8)
				cf_fail(c, "%04Xh is not in the CEL but answered %s", op, cf_rc_name(io.rc));
			else
				c->outcome = CF_FAIL;
			bad++;
		} else if (io.reported_len) {
			if (bad < 8)
				cf_fail(c, "%04Xh answered Unsupported with %zu bytes of output", op,
					io.reported_len);
			bad++;
		}
	}
	if (bad)
		cf_note(c, "%u contradictions in all", bad);
	if (skipped)
		cf_note(c, "%u unlisted opcodes that would act on an empty request not sent",
			skipped);
	cf_refusals_end(c, answered + bad);
}

static void c_entries_answered(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	unsigned skipped = 0, answered = 0;
	(void)k;
	if (!c->cel_ok) {
		cf_fail(c, "the CEL could not be read");
		return;
	}
	cf_refusals_begin(c);
	for (uint32_t i = 0; i < c->ncel; i++) {
		uint16_t op = c->cel[i].op;
		if (risky_empty(c, op)) {
			skipped++;
			continue;
		}
		/* an empty request: a command that needs input says so, one that
		 * is not implemented says Unsupported */
		if (cf_do(c, op, NULL, 0, &io)) {
			if (c->dead)
				return;
			continue;
		}
		answered++;
		/* Get Scan Media Results answers Unsupported until a scan has run
		 * since reset (r3.2 §8.2.10.9.4.6) */
		if (io.rc == CXLMB_RC_UNSUPPORTED && op != 0x4305)
			cf_fail(c, "%04Xh is in the CEL but answers Unsupported", op);
	}
	if (skipped)
		cf_note(c, "%u entries that act on an empty request not sent", skipped);
	cf_refusals_end(c, answered);
}

/* A command the specification gives effects must not be listed with none:
 * software would treat it as harmless (r3.2 Table 8-75). */
static void c_effects(struct cf_ctx *c, const struct cf_check *k)
{
	unsigned bad = 0;
	(void)k;
	if (!c->cel_ok) {
		cf_fail(c, "the CEL could not be read");
		return;
	}
	for (uint32_t i = 0; i < c->ncel; i++) {
		const struct cxlmb_cmd *cmd = cxlmb_cmd_find(c->cel[i].op);
		uint16_t want;
		if (!cmd || (cmd->flags & CXLMB_CMD_VENDOR))
			continue;
		want = cmd->effects & (uint16_t)~(CXLMB_EFF_SECONDARY_MBOX | CXLMB_EFF_ABORT_SUPPORTED);
		if (want && !(c->cel[i].eff & want)) {
			if (bad++ < 6)
				cf_fail(c, "%04Xh (%s): CEL effects %04Xh, the specification lists %04Xh",
					c->cel[i].op, cmd->name, c->cel[i].eff, want);
		}
		if ((cmd->flags & CXLMB_CMD_BG) && (cmd->effects & CXLMB_EFF_BACKGROUND) &&
		    !(c->cel[i].eff & CXLMB_EFF_BACKGROUND) && bad++ < 6)
			cf_fail(c, "%04Xh (%s) runs in the background but its CEL entry does not say so",
				c->cel[i].op, cmd->name);
	}
}

const struct cf_check cf_checks_cel[] = {
	{ "cel.supported-logs-lists-cel", "Get Supported Logs lists the CEL once, size a multiple of 4",
	  "r3.2 §8.2.10.5.1", CF_MANDATORY, CF_T_ANY, false, NULL, c_lists_cel, 0 },
	{ "cel.read-whole", "the CEL reads back at its stated size and validates strictly",
	  "r3.2 §8.2.10.5.2, Table 8-75", CF_MANDATORY, CF_T_ANY, false, NULL, c_read_whole, 0 },
	{ "cel.read-in-parts", "the CEL read in odd pieces equals the CEL read whole",
	  "r3.2 §8.2.10.5.2, Table 8-73", CF_MANDATORY, CF_T_ANY, false, NULL, c_read_parts, 0 },
	{ "cel.no-duplicates", "no opcode is listed twice", "r3.2 §8.2.10.5.2.1", CF_MANDATORY,
	  CF_T_ANY, false, NULL, c_no_dups, 0 },
	{ "cel.mandatory-commands", "the commands the specification requires are listed",
	  "r3.2 Table 8-37, Table 8-126, Table 7-71", CF_MANDATORY, CF_T_ANY, false, NULL,
	  c_mandatory, 0 },
	{ "cel.lists-every-answered-opcode",
	  "every opcode the device answers is in its CEL; all others answer Unsupported",
	  "r3.2 §8.2.10.5.2.1, Table 8-34", CF_MANDATORY, CF_T_ANY, false, NULL, c_sweep, 0 },
	{ "cel.every-entry-answered", "every CEL entry is implemented (never Unsupported)",
	  "r3.2 §8.2.10.5.2.1", CF_MANDATORY, CF_T_ANY, false, NULL, c_entries_answered, 0 },
	{ "cel.effects-declared", "commands with specified effects are not listed as effect-free",
	  "r3.2 Table 8-75", CF_RECOMMENDED, CF_T_ANY, false, NULL, c_effects, 0 },
};
const size_t cf_nchecks_cel = CF_N(cf_checks_cel);
