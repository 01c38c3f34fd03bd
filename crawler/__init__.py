"""The Scrapy project: spiders find links, pipelines extract and store."""
