/* Event logs behind Get/Clear Event Records and the Event Status register
 * (CXL r3.2 §8.2.10.2, §8.2.8.3.1). */
#include <string.h>

#include "sim_internal.h"


/* The Event Status register is the Type-3 device's own: an LD behind a
 * switch reports its logs through Get Event Records only. */
static void publish_status(struct cxlmb_sim *s)
{
	uint8_t bits = 0;
	if (s->cfg.variant != CXLMB_SIM_TYPE3 || s->ld != 0)
		return;
	for (unsigned l = 0; l < CXLMB_SIM_EVENT_LOGS; l++)
		if (T3(s)->events[l].count)
			bits |= (uint8_t)(1u << l);
	s->regs[CXLMB_SIM_DEV_STATUS_OFF] = bits;
}

void cxlmb_sim_add_event(struct cxlmb_sim *s, unsigned log, const uint8_t uuid[16],
			 const uint8_t *data)
{
	struct cxlmb_event_record_hdr h;
	size_t n;

	if (log >= CXLMB_SIM_EVENT_LOGS)
		return;
	if (T3(s)->events[log].count == CXLMB_SIM_EVENT_LOG_SIZE) {
		if (!T3(s)->events[log].overflows++)
			T3(s)->events[log].first_overflow = s->now_ns;
		T3(s)->events[log].last_overflow = s->now_ns;
		return;
	}
	memset(&h, 0, sizeof(h));
	memcpy(h.uuid, uuid, 16);
	h.length = CXLMB_EVENT_RECORD_LEN;
	h.flags = (uint8_t)(log < CXLMB_SIM_EVENT_LOG_DC ? log : 0); /* severity follows the log */
	if (++T3(s)->next_handle == 0)
		T3(s)->next_handle = 1; /* handle 0 is never used */
	h.handle = T3(s)->next_handle;
	h.timestamp = s->now_ns;
	if (data)
		memcpy(h.data, data, sizeof(h.data));
	cxlmb_event_record_hdr_encode(&h, T3(s)->events[log].rec[T3(s)->events[log].count], CXLMB_EVENT_RECORD_LEN, &n);
	T3(s)->events[log].count++;
	publish_status(s);
}

void cxlmb_sim_add_typed_event(struct cxlmb_sim *s, unsigned log, const struct cxlmb_event_record *r)
{
	uint8_t buf[CXLMB_EVENT_RECORD_LEN];
	struct cxlmb_event_record rec = *r;
	size_t n;

	/* the record codec lays out the type-specific part; the log adds the header */
	memcpy(rec.hdr.uuid, cxlmb_event_type_uuid(rec.type), 16);
	rec.hdr.length = CXLMB_EVENT_RECORD_LEN;
	if (cxlmb_event_record_encode(&rec, buf, sizeof(buf), &n) == 0)
		cxlmb_sim_add_event(s, log, rec.hdr.uuid, buf + 0x30);
}

/* An uncorrectable General Media event in the failure log (CXL r3.2
 * §8.2.10.2.1.1). */
void cxlmb_sim_gm_event(struct cxlmb_sim *s, uint64_t dpa, uint8_t transaction)
{
	struct cxlmb_event_record rec;
	memset(&rec, 0, sizeof(rec));
	rec.type = CXLMB_EVT_GENERAL_MEDIA;
	rec.u.gm.dpa = dpa;
	rec.u.gm.descriptor = 0x01; /* uncorrectable */
	rec.u.gm.transaction = transaction;
	cxlmb_sim_add_typed_event(s, 2, &rec);
}

uint16_t cxlmb_sim_h_get_event_records(struct cxlmb_sim *s, const void *req, void *rsp)
{
	unsigned log = ((const struct cxlmb_get_event_records_req *)req)->log;
	struct cxlmb_get_event_records_rsp *r = rsp;
	uint32_t fit = (s->payload_size - CXLMB_GET_EVENT_RECORDS_RSP_MIN) / CXLMB_EVENT_RECORD_LEN;
	uint32_t n;

	if (log >= CXLMB_SIM_EVENT_LOGS)
		return CXLMB_RC_INVALID_INPUT;
	n = T3(s)->events[log].count < fit ? T3(s)->events[log].count : fit;
	r->more_records = n < T3(s)->events[log].count;
	r->overflow = T3(s)->events[log].overflows != 0;
	r->overflow_err_count = T3(s)->events[log].overflows;
	r->first_overflow_ts = T3(s)->events[log].first_overflow;
	r->last_overflow_ts = T3(s)->events[log].last_overflow;
	r->count = (uint16_t)n;
	r->records = (struct cxlmb_array){ T3(s)->events[log].rec[0], n, NULL };
	return CXLMB_RC_SUCCESS;
}

static int find_handle(struct cxlmb_sim *s, unsigned log, uint16_t handle)
{
	for (uint32_t i = 0; i < T3(s)->events[log].count; i++) {
		const uint8_t *p = T3(s)->events[log].rec[i] + 0x14;
		if ((uint16_t)(p[0] | p[1] << 8) == handle)
			return (int)i;
	}
	return -1;
}

uint16_t cxlmb_sim_h_clear_event_records(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_clear_event_records_req *q = req;
	unsigned log = q->log;
	(void)rsp;
	if (log >= CXLMB_SIM_EVENT_LOGS)
		return CXLMB_RC_INVALID_INPUT;
	if (q->clear_all) {
		if (q->count)
			return CXLMB_RC_INVALID_INPUT; /* clear-all carries no handles */
		T3(s)->events[log].count = 0;
	} else {
		/* every handle must name a record in this log before any is cleared */
		for (uint32_t i = 0; i < q->count; i++) {
			struct cxlmb_event_handle h;
			cxlmb_array_get(&cxlmb_event_handle_schema, &q->handles, i, 0, &h);
			if (find_handle(s, log, h.handle) < 0)
				return CXLMB_RC_INVALID_HANDLE;
		}
		for (uint32_t i = 0; i < q->count; i++) {
			struct cxlmb_event_handle h;
			int k;
			cxlmb_array_get(&cxlmb_event_handle_schema, &q->handles, i, 0, &h);
			if ((k = find_handle(s, log, h.handle)) < 0)
				continue; /* listed twice */
			memmove(T3(s)->events[log].rec[k], T3(s)->events[log].rec[k + 1],
				(size_t)(T3(s)->events[log].count - (uint32_t)k - 1) * CXLMB_EVENT_RECORD_LEN);
			T3(s)->events[log].count--;
		}
	}
	if (T3(s)->events[log].count == 0)
		T3(s)->events[log].overflows = 0;
	publish_status(s);
	return CXLMB_RC_SUCCESS;
}
