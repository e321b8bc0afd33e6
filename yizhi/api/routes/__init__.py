"""One router per resource; `yizhi.api.site` mounts them."""
