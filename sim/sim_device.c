/* The simulated Type-3 device model: table-driven dispatch over the
 * catalog, answering with the core's own encoders. */
#include <string.h>

#include "sim.h"

typedef uint16_t (*sim_handler)(struct cxlmb_sim *s, const void *req, void *rsp);

static void put64(uint8_t *p, uint64_t v)
{
	for (unsigned i = 0; i < 8; i++, v >>= 8)
		p[i] = (uint8_t)v;
}

static uint64_t get64(const uint8_t *p)
{
	uint64_t v = 0;
	for (unsigned i = 8; i--;)
		v = (v << 8) | p[i];
	return v;
}

/* ---- background operations (CXL r3.2 §8.2.8.4.7, §8.2.10.1.2) ---- */

static void bg_publish(struct cxlmb_sim *s)
{
	uint8_t *mb = s->regs + CXLMB_SIM_MBOX_OFF;
	uint64_t st = get64(mb + CXLMB_MBOX_STATUS) & ~CXLMB_MBOX_STATUS_BG;

	put64(mb + CXLMB_MBOX_STATUS, st | (s->bg.running ? CXLMB_MBOX_STATUS_BG : 0));
	put64(mb + CXLMB_MBOX_BG_STATUS, s->bg.opcode | (uint64_t)s->bg.percent << 16 |
					 (uint64_t)s->bg.rc << 32);
}

void cxlmb_sim_bg_tick(struct cxlmb_sim *s);
void cxlmb_sim_bg_tick(struct cxlmb_sim *s)
{
	struct cxlmb_sim_bg *bg = &s->bg;
	uint64_t elapsed;

	if (!bg->running)
		return;
	elapsed = s->now_ns - bg->start_ns;
	if (s->cfg.quirks & CXLMB_SIM_Q(BG_NEVER_COMPLETES)) {
		uint64_t pct = elapsed * 100 / bg->duration_ns;
		bg->percent = (uint8_t)(pct > 50 ? 50 : pct);
	} else if (elapsed >= bg->duration_ns) {
		bg->running = false;
		bg->percent = 100;
		bg->rc = CXLMB_RC_SUCCESS;
	} else {
		bg->percent = (uint8_t)(elapsed * 100 / bg->duration_ns);
	}
	bg_publish(s);
}

static uint16_t bg_start(struct cxlmb_sim *s, uint16_t opcode, uint64_t duration_ns)
{
	s->bg = (struct cxlmb_sim_bg){ .running = true, .opcode = opcode, .start_ns = s->now_ns,
				       .duration_ns = duration_ns ? duration_ns : 1 };
	bg_publish(s);
	return CXLMB_RC_BACKGROUND;
}

/* ---- handlers ---- */

static uint16_t h_identify(struct cxlmb_sim *s, const void *req, void *rsp)
{
	struct cxlmb_identify_rsp *r = rsp;
	(void)req;
	r->vendor_id = 0x1E98; /* the CXL consortium's ID: this is no real vendor's part */
	r->device_id = 0x0CB5;
	r->subsys_vendor_id = 0x1E98;
	r->subsys_id = 0x0001;
	r->serial_number = 0x00C0FFEE00000001ull;
	r->max_msg_size = (uint8_t)s->cfg.payload_shift;
	r->component_type = 0x03; /* Type 3 device */
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_bg_op_status(struct cxlmb_sim *s, const void *req, void *rsp)
{
	struct cxlmb_bg_op_status_rsp *r = rsp;
	(void)req;
	r->running = s->bg.running;
	r->percent = s->bg.percent;
	r->opcode = s->bg.opcode;
	r->return_code = s->bg.rc;
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_get_rsp_msg_limit(struct cxlmb_sim *s, const void *req, void *rsp)
{
	(void)req;
	((struct cxlmb_rsp_msg_limit *)rsp)->limit = s->rsp_msg_limit;
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_set_rsp_msg_limit(struct cxlmb_sim *s, const void *req, void *rsp)
{
	uint8_t want = ((const struct cxlmb_rsp_msg_limit *)req)->limit;
	if (want < 8 || want > s->cfg.payload_shift)
		return CXLMB_RC_INVALID_INPUT;
	s->rsp_msg_limit = want;
	((struct cxlmb_rsp_msg_limit *)rsp)->limit = want;
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_request_abort(struct cxlmb_sim *s, const void *req, void *rsp)
{
	(void)req;
	(void)rsp;
	if (s->bg.running && !(s->cfg.quirks & CXLMB_SIM_Q(IGNORE_ABORT))) {
		s->bg.running = false;
		s->bg.rc = CXLMB_RC_ABORTED;
		bg_publish(s);
	}
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_get_supported_logs(struct cxlmb_sim *s, const void *req, void *rsp)
{
	struct cxlmb_get_supported_logs_rsp *r = rsp;
	(void)req;
	r->count = 1;
	r->entries = (struct cxlmb_array){ s->log_entry, 1 };
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_get_log(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_get_log_req *q = req;
	struct cxlmb_get_log_rsp *r = rsp;

	if (memcmp(q->uuid, cxlmb_uuid_cel, 16) != 0)
		return CXLMB_RC_INVALID_LOG;
	if (q->offset > s->cel_len || q->length > s->cel_len - q->offset ||
	    q->length > s->payload_size)
		return CXLMB_RC_INVALID_INPUT;
	r->data = (struct cxlmb_bytes){ s->cel + q->offset, q->length };
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_identify_memdev(struct cxlmb_sim *s, const void *req, void *rsp)
{
	struct cxlmb_identify_memdev_rsp *r = rsp;
	(void)req;
	(void)s;
	memcpy(r->fw_revision, "cxlmb-sim 0.1", 13);
	r->total_capacity = 4;           /* 1 GiB in 256 MiB units */
	r->volatile_only_capacity = 2;
	r->persistent_only_capacity = 2;
	r->partition_align = 0;          /* not partitionable */
	r->info_event_log_size = 64;
	r->warning_event_log_size = 64;
	r->failure_event_log_size = 64;
	r->fatal_event_log_size = 64;
	r->lsa_size = 4096;
	r->poison_list_max_mer = 256;
	r->inject_poison_limit = 32;
	r->poison_caps = 0;
	r->qos_telemetry_caps = 0;
	r->dc_event_log_size = 8;
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_sanitize(struct cxlmb_sim *s, const void *req, void *rsp)
{
	(void)req;
	(void)rsp;
	return bg_start(s, 0x4400, s->cfg.sanitize_ns);
}

/* What the device implements, ascending by opcode (the CEL follows it). */
static const struct {
	uint16_t opcode;
	sim_handler fn;
} handlers[] = {
	{ 0x0001, h_identify },
	{ 0x0002, h_bg_op_status },
	{ 0x0003, h_get_rsp_msg_limit },
	{ 0x0004, h_set_rsp_msg_limit },
	{ 0x0005, h_request_abort },
	{ 0x0400, h_get_supported_logs },
	{ 0x0401, h_get_log },
	{ 0x4000, h_identify_memdev },
	{ 0x4400, h_sanitize },
};

size_t cxlmb_sim_command_count(void)
{
	return sizeof(handlers) / sizeof(handlers[0]);
}

uint16_t cxlmb_sim_command_at(size_t i)
{
	return i < cxlmb_sim_command_count() ? handlers[i].opcode : 0;
}

static sim_handler find_handler(uint16_t opcode)
{
	size_t lo = 0, hi = cxlmb_sim_command_count();
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (handlers[mid].opcode == opcode)
			return handlers[mid].fn;
		if (handlers[mid].opcode < opcode)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

void cxlmb_sim_build_logs(struct cxlmb_sim *s);
void cxlmb_sim_build_logs(struct cxlmb_sim *s)
{
	struct cxlmb_supported_log_entry e;
	size_t n = 0;

	s->cel_len = 0;
	for (size_t i = 0; i < cxlmb_sim_command_count(); i++) {
		const struct cxlmb_cmd *c = cxlmb_cmd_find(handlers[i].opcode);
		struct cxlmb_cel_entry ce = { handlers[i].opcode, c ? c->effects : 0 };
		if (s->cel_len + CXLMB_CEL_ENTRY_LEN > sizeof(s->cel))
			break;
		if (cxlmb_cel_entry_encode(&ce, s->cel + s->cel_len, CXLMB_CEL_ENTRY_LEN, &n) == 0)
			s->cel_len += (uint32_t)n;
	}
	memcpy(e.uuid, cxlmb_uuid_cel, 16);
	e.size = s->cel_len;
	cxlmb_supported_log_entry_encode(&e, s->log_entry, sizeof(s->log_entry), &n);
}

/* Decode, run, encode.  Returns the return code; *out_len the output bytes. */
static uint16_t dispatch(struct cxlmb_sim *s, uint16_t opcode, uint8_t *payload, uint32_t len,
			 uint32_t *out_len)
{
	_Alignas(8) uint8_t req[CXLMB_CMD_STRUCT_MAX];
	_Alignas(8) uint8_t rsp[CXLMB_CMD_STRUCT_MAX];
	const struct cxlmb_cmd *c = cxlmb_cmd_find(opcode);
	sim_handler fn = find_handler(opcode);
	size_t n = 0;
	uint16_t rc;

	*out_len = 0;
	if (!c || !fn)
		return CXLMB_RC_UNSUPPORTED;
	if (len > s->payload_size || cxlmb_cmd_check_len(c, CXLMB_REQ, len))
		return CXLMB_RC_INVALID_PAYLOAD_LEN;
	if (cxlmb_cmd_decode(c, CXLMB_REQ, payload, len, CXLMB_STRICT, req))
		return CXLMB_RC_INVALID_INPUT;
	if ((c->flags & CXLMB_CMD_BG) && s->bg.running)
		return CXLMB_RC_BUSY;
	memset(rsp, 0, cxlmb_cmd_struct_size(c, CXLMB_RSP));
	rc = fn(s, req, rsp);
	if (rc != CXLMB_RC_SUCCESS || c->rsp_max == 0)
		return rc;
	if (cxlmb_cmd_encode(c, CXLMB_RSP, rsp, payload, s->payload_size, &n))
		return CXLMB_RC_INTERNAL;
	*out_len = (uint32_t)n;
	return rc;
}

void cxlmb_sim_execute(struct cxlmb_sim *s)
{
	uint8_t *mb = s->regs + CXLMB_SIM_MBOX_OFF;
	uint64_t cmd = get64(mb + CXLMB_MBOX_CMD);
	uint16_t opcode = (uint16_t)(cmd & CXLMB_MBOX_CMD_OPCODE_MASK), rc;
	uint32_t len = (uint32_t)((cmd >> CXLMB_MBOX_CMD_LEN_SHIFT) & CXLMB_MBOX_CMD_LEN_MASK);
	uint32_t out_len = 0;

	s->commands++;
	cxlmb_sim_bg_tick(s);
	if (s->cfg.quirks & CXLMB_SIM_Q(FORCE_RC))
		rc = s->cfg.forced_rc;
	else
		rc = dispatch(s, opcode, mb + CXLMB_MBOX_PAYLOAD, len, &out_len);
	if (out_len && out_len > s->payload_dirty)
		s->payload_dirty = out_len;
	if (s->cfg.quirks & CXLMB_SIM_Q(OUTPUT_OVERFLOW))
		out_len = s->payload_size + 0x100;
	put64(mb + CXLMB_MBOX_STATUS, (uint64_t)rc << 32 | (s->bg.running ? CXLMB_MBOX_STATUS_BG : 0));
	put64(mb + CXLMB_MBOX_CMD, opcode | (uint64_t)out_len << CXLMB_MBOX_CMD_LEN_SHIFT);
	mb[CXLMB_MBOX_CTRL] &= (uint8_t)~CXLMB_MBOX_CTRL_DOORBELL;
}
