package com.partnerhub.api.common;

import java.util.ArrayList;
import java.util.List;

/** One page of a list. Pass {@code nextCursor} back as {@code cursor} for the next page; null on the last page. */
public class PageView<T> {
    public List<T> items = new ArrayList<>();
    public String nextCursor;
}
