"""Discovery answers in, candidate articles out: one parser module per source type (feeds are parsed by
extract/feeds.py). Pure functions: no network; the spiders in crawler/spiders/ fetch."""
from extract.discovery.bing_news import bing_news_url, bing_publisher_url, parse_bing_news
from extract.discovery.candidates import (MAX_CANDIDATES, Candidate, DiscoveryError, from_feed_entry,
                                          search_queries)
from extract.discovery.gdelt import gdelt_url, gdelt_window, parse_gdelt
from extract.discovery.google_news import (GOOGLE_DECODE_PATH, GOOGLE_NEWS_HOST, decode_google_id,
                                           google_article_id, google_decode_body, google_decode_params,
                                           google_news_url, parse_google_decoded, parse_google_news)
from extract.discovery.listing import Listing, parse_listing
from extract.discovery.sitemap import MAX_SITEMAP_BYTES, Sitemap, parse_sitemap

__all__ = ["MAX_CANDIDATES", "MAX_SITEMAP_BYTES", "Candidate", "DiscoveryError", "Listing", "Sitemap",
           "bing_news_url", "bing_publisher_url", "decode_google_id", "from_feed_entry", "gdelt_url", "gdelt_window",
           "google_article_id", "google_decode_body", "google_decode_params", "google_news_url",
           "GOOGLE_DECODE_PATH", "GOOGLE_NEWS_HOST", "parse_bing_news", "parse_gdelt", "parse_google_decoded",
           "parse_google_news", "parse_listing", "parse_sitemap", "search_queries"]
