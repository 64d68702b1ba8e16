#include "cxlmb/error.h"

static const char *const err_names[] = {
#define CXLMB_ERR_NAME(n, s) #n,
	CXLMB_ERRORS(CXLMB_ERR_NAME)
#undef CXLMB_ERR_NAME
};

static const char *const err_descs[] = {
#define CXLMB_ERR_DESC(n, s) s,
	CXLMB_ERRORS(CXLMB_ERR_DESC)
#undef CXLMB_ERR_DESC
};

const char *cxlmb_strerror(int err)
{
	if (err < 0 || (size_t)err >= CXLMB_ARRAY_SIZE(err_names))
		return "UNKNOWN_ERROR";
	return err_names[err];
}

const char *cxlmb_errdesc(int err)
{
	if (err < 0 || (size_t)err >= CXLMB_ARRAY_SIZE(err_descs))
		return "unknown error";
	return err_descs[err];
}
