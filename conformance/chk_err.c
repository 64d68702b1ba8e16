/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Error semantics, one row per command: a request one byte shorter than
 * the command's minimum, or one byte longer than its fixed size, answers
 * Invalid Payload Length or Invalid Input (r3.2 Table 8-34), with no
 * output, and (for commands with effects) leaves the state a following
 * read shows unchanged. */
#include <string.h>

#include "cf_internal.h"

static const uint16_t bad_len[] = { CXLMB_RC_INVALID_PAYLOAD_LEN, CXLMB_RC_INVALID_INPUT, 0 };

static void probe(struct cf_ctx *c, uint16_t op, const uint8_t *req, size_t len, const char *what)
{
	static struct cf_io io;
	struct cf_snap before = { 0 };
	const struct cxlmb_cmd *cmd = cxlmb_cmd_find(op);
	bool effects = cmd && (cmd->effects || cf_cel_effects(c, op));

	if (effects && cf_snap_take(c, &before)) {
		cf_snap_free(&before);
		return;
	}
	if (cf_do(c, op, req, len, &io) == 0 && cf_expect_err(c, &io, what, bad_len) && effects)
		cf_snap_same(c, &before, what);
	cf_snap_free(&before);
}

static void c_short(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t buf[CXLMB_GET_LOG_REQ_LEN + 0x80];
	const struct cxlmb_cmd *cmd = cxlmb_cmd_find(k->op);
	const uint8_t *req;
	size_t len, n;
	char what[64];

	if (cf_need(c, k->op))
		return;
	n = (size_t)cxlmb_cmd_min_len(cmd, CXLMB_REQ) - 1;
	/* the first bytes of a valid request where there is one, else zeros */
	memset(buf, 0, sizeof(buf));
	if (cf_request_for(k->op, &req, &len) && len)
		memcpy(buf, req, len < n ? len : n);
	snprintf(what, sizeof(what), "%zu-byte request (minimum %zu)", n, n + 1);
	probe(c, k->op, buf, n, what);
}

static void c_long(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t buf[0x80];
	const struct cxlmb_cmd *cmd = cxlmb_cmd_find(k->op);
	const uint8_t *req;
	size_t len, n;
	char what[64];

	if (cf_need(c, k->op))
		return;
	n = cxlmb_cmd_max_len(cmd, CXLMB_REQ) + 1;
	memset(buf, 0, sizeof(buf));
	if (cf_request_for(k->op, &req, &len) && len)
		memcpy(buf, req, len);
	snprintf(what, sizeof(what), "%zu-byte request (fixed size %zu)", n, n - 1);
	probe(c, k->op, buf, n, what);
}

#define ACTS "a device that wrongly accepts it acts on the request"
#define REF_LEN "r3.2 Table 8-34 (Invalid Payload Length); §8.2.8.4.5"
#define SHORT(op, nm, d)                                                                \
	{ "err.short-input." nm, "a request one byte short of the minimum is rejected",    \
	  REF_LEN, CF_MANDATORY, CF_T_ANY, false, d, c_short, op }
#define LONG(op, nm, d)                                                                 \
	{ "err.long-input." nm, "a request one byte past the fixed size is rejected",      \
	  REF_LEN, CF_MANDATORY, CF_T_ANY, false, d, c_long, op }
/* Commands that take no input: their return code lists (e.g. Identify,
 * r3.2 §8.2.10.1.1) name no length error, so a device that ignores the
 * stray byte is not wrong by the letter; rejecting it is recommended. */
#define LONG0(op, nm)                                                                   \
	{ "err.long-input." nm, "a byte sent to a command that takes none is rejected",    \
	  REF_LEN, CF_RECOMMENDED, CF_T_ANY, false, NULL, c_long, op }

const struct cf_check cf_checks_err[] = {
	SHORT(0x0004, "set-rsp-msg-limit", ACTS),
	SHORT(0x0100, "get-event-records", NULL),
	SHORT(0x0101, "clear-event-records", ACTS),
	SHORT(0x0201, "transfer-fw", ACTS),
	SHORT(0x0202, "activate-fw", ACTS),
	SHORT(0x0301, "set-timestamp", ACTS),
	SHORT(0x0401, "get-log", NULL),
	SHORT(0x0402, "get-log-caps", NULL),
	SHORT(0x0403, "clear-log", ACTS),
	SHORT(0x0500, "get-supported-features", NULL),
	SHORT(0x0501, "get-feature", NULL),
	SHORT(0x0502, "set-feature", ACTS),
	SHORT(0x4101, "set-partition-info", ACTS),
	SHORT(0x4102, "get-lsa", NULL),
	SHORT(0x4103, "set-lsa", ACTS),
	SHORT(0x4202, "set-alert-config", ACTS),
	SHORT(0x4204, "set-shutdown-state", ACTS),
	SHORT(0x4300, "get-poison-list", NULL),
	SHORT(0x4301, "inject-poison", ACTS),
	SHORT(0x4302, "clear-poison", ACTS),
	SHORT(0x4303, "get-scan-media-caps", NULL),
	SHORT(0x4304, "scan-media", ACTS),
	SHORT(0x4501, "set-passphrase", ACTS),
	SHORT(0x4502, "disable-passphrase", ACTS),
	SHORT(0x4503, "unlock", ACTS),
	SHORT(0x4505, "passphrase-secure-erase", ACTS),
	SHORT(0x4800, "get-dc-config", NULL),
	SHORT(0x4801, "get-dc-extent-list", NULL),
	SHORT(0x4802, "add-dc-response", ACTS),
	SHORT(0x4803, "release-dc", ACTS),
	SHORT(0x5101, "get-physical-port-state", NULL),
	SHORT(0x5200, "get-vcs-info", NULL),
	SHORT(0x5201, "bind-vppb", ACTS),
	SHORT(0x5202, "unbind-vppb", ACTS),
	SHORT(0x5300, "tunnel-management", NULL),
	SHORT(0x5401, "get-ld-allocations", NULL),
	SHORT(0x5402, "set-ld-allocations", ACTS),
	SHORT(0x5404, "set-qos-control", ACTS),
	SHORT(0x5604, "initiate-dc-add", ACTS),
	SHORT(0x5605, "initiate-dc-release", ACTS),
	LONG0(0x0001, "identify"),
	LONG0(0x0002, "bg-op-status"),
	LONG0(0x0003, "get-rsp-msg-limit"),
	LONG(0x0100, "get-event-records", NULL),
	LONG0(0x0200, "get-fw-info"),
	LONG0(0x0300, "get-timestamp"),
	LONG(0x0301, "set-timestamp", ACTS),
	LONG0(0x0400, "get-supported-logs"),
	LONG(0x0401, "get-log", NULL),
	LONG(0x0402, "get-log-caps", NULL),
	LONG0(0x4000, "identify-memdev"),
	LONG0(0x4100, "get-partition-info"),
	LONG(0x4102, "get-lsa", NULL),
	LONG0(0x4200, "get-health-info"),
	LONG0(0x4201, "get-alert-config"),
	LONG0(0x4203, "get-shutdown-state"),
	LONG(0x4204, "set-shutdown-state", ACTS),
	LONG(0x4300, "get-poison-list", NULL),
	LONG(0x4301, "inject-poison", ACTS),
	LONG0(0x4500, "get-security-state"),
	LONG0(0x5100, "identify-switch"),
	LONG(0x5201, "bind-vppb", ACTS),
	LONG(0x5202, "unbind-vppb", ACTS),
	LONG0(0x5400, "get-ld-info"),
	LONG(0x5401, "get-ld-allocations", NULL),
	LONG0(0x5403, "get-qos-control"),
	LONG0(0x5600, "get-dcd-info"),
};
const size_t cf_nchecks_err = CF_N(cf_checks_err);
